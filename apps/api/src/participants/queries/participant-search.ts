import { ProblemException } from '../../http/problem.exception';
import { problems } from '../../http/problems';
import type { ParticipantSearch } from './find-participants.query';

/** Exactly one way of searching: a registration number alone, or a programme with a cohort. */
export const participantSearch = (query: {
  readonly registrationNumber?: string;
  readonly programme?: string;
  readonly cohort?: string;
}): ParticipantSearch => {
  const { registrationNumber, programme, cohort } = query;
  if (registrationNumber !== undefined && programme === undefined && cohort === undefined) {
    if (registrationNumber.trim() === '') throw new ProblemException(problems.invalidQuery([{ path: 'query.registrationNumber', rule: 'must not be blank' }]));
    return { kind: 'registrationNumber', registrationNumber };
  }
  if (registrationNumber === undefined && programme !== undefined && cohort !== undefined) return { kind: 'cohort', programmeId: programme, cohort };
  throw new ProblemException(
    problems.invalidQuery([{ path: 'query', rule: 'give registrationNumber alone, or programme and cohort together' }]),
  );
};
