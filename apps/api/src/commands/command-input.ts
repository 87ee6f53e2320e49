import { v5 as uuidV5 } from 'uuid';
import { ProblemException } from '../http/problem.exception';
import { problems } from '../http/problems';
import type { FieldIssue } from '../http/problem';
import type { CommandRequest } from './command-request';

/** Names participant ids derived from an Idempotency-Key, so a retried enrolment lands on the same record. */
const PARTICIPANT_ID_NAMESPACE = '0b4c7f8e-2d6a-5e1b-8c3f-9a7d1e4b6c20';

const isPlainObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const has = (body: Readonly<Record<string, unknown>>, key: string): boolean => Object.prototype.hasOwnProperty.call(body, key);

/**
 * The command input: the body's fields, plus the command type and the ids the URL names. A body that
 * tries to set those itself is refused rather than silently overridden.
 */
export const commandInput = (
  type: string,
  request: CommandRequest,
  fromUrl: Readonly<Record<string, string>>,
): Readonly<Record<string, unknown>> => {
  const { body } = request;
  if (!isPlainObject(body)) throw new ProblemException(problems.validationFailed([{ path: '', rule: 'must be a JSON object' }]));
  const issues: FieldIssue[] = [
    ...(has(body, 'type') ? [{ path: 'type', rule: 'is set by the route; leave it out of the body' }] : []),
    ...Object.keys(fromUrl)
      .filter((key) => has(body, key))
      .map((key) => ({ path: key, rule: 'comes from the URL; leave it out of the body' })),
  ];
  if (issues.length > 0) throw new ProblemException(problems.validationFailed(issues));
  return { ...body, ...fromUrl, type };
};

/**
 * The participant id of a new enrolment: the body's when it names one; otherwise derived from the
 * Idempotency-Key (never from personal data), or fresh when the client sent no key.
 */
export const enrolmentInput = (request: CommandRequest, freshId: () => string): Readonly<Record<string, unknown>> => {
  const input = commandInput('EnrollInmate', request, {});
  if (has(input, 'participantId')) return input;
  const participantId = request.idempotent ? uuidV5(request.commandId, PARTICIPANT_ID_NAMESPACE) : freshId();
  return { ...input, participantId };
};
