import { problemDetails, renderMessage, translateFieldRule, translateRejection, type Language } from '@binaan/messages';
import { PROBLEM_MESSAGE, statusTitle, type FieldIssue, type Problem, type ProblemMessage } from './problem';

const messageOf = (problem: Problem): ProblemMessage | undefined =>
  (problem as { readonly [PROBLEM_MESSAGE]?: ProblemMessage })[PROBLEM_MESSAGE];

/** The detail in a language: the catalogue's message when the API wrote it, the rejection's by its code when the domain did. */
const detailIn = (problem: Problem, language: Language): string => {
  const message = messageOf(problem);
  return message === undefined ? translateRejection(problem.code, problem.detail, language) : renderMessage(problemDetails[message.key], language, message.params);
};

/**
 * A problem as it leaves, in the caller's language: its title, its detail and each field's rule. The code,
 * the type URI, the status, the field paths and every other member stay exactly as they are, so a script
 * that matches codes reads the same answer in either language. English is the problem as written.
 */
export const localizeProblem = (problem: Problem, language: Language): Problem => {
  if (language === 'en') return problem;
  const detail = detailIn(problem, language);
  const errors = problem.errors?.map(
    (issue): FieldIssue => ({
      ...issue,
      // A rejection that names its field repeats its message as the field's rule.
      rule: issue.rule === problem.detail ? detail : translateFieldRule(issue.rule, language),
    }),
  );
  return { ...problem, title: statusTitle(problem.status, language), detail, ...(errors === undefined ? {} : { errors }) };
};
