import { v4 as uuidV4 } from 'uuid';
import { ProblemException } from './problem.exception';
import { problems } from './problems';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const quotedRevisionPattern = /^"(\d{1,19})"$/;
const bareRevisionPattern = /^\d{1,19}$/;

const single = (header: string | readonly string[] | undefined): string | undefined =>
  Array.isArray(header) ? header.join(',') : (header as string | undefined);

/**
 * The command id: the Idempotency-Key header (a UUID) when the client sent one, so a retried request
 * is recognised; otherwise a fresh id, so the request runs once as sent.
 */
export const commandIdFrom = (header: string | readonly string[] | undefined): { readonly commandId: string; readonly fromClient: boolean } => {
  const value = single(header)?.trim();
  if (value === undefined) return { commandId: uuidV4(), fromClient: false };
  if (!uuidPattern.test(value)) throw new ProblemException(problems.invalidIdempotencyKey());
  return { commandId: value.toLowerCase(), fromClient: true };
};

/** If-Match carries the stream revision the client last saw, as the ETag gave it: `"3"`. */
export const expectedRevisionFrom = (header: string | readonly string[] | undefined): bigint | undefined => {
  const value = single(header)?.trim();
  if (value === undefined) return undefined;
  const revision = quotedRevisionPattern.exec(value)?.[1] ?? (bareRevisionPattern.test(value) ? value : undefined);
  if (revision === undefined) throw new ProblemException(problems.invalidIfMatch());
  return BigInt(revision);
};

export const etagFor = (revision: bigint): string => `"${revision.toString()}"`;

/** Ties a client's related commands together in event metadata; defaults to the command id. */
export const correlationIdFrom = (header: string | readonly string[] | undefined): string | undefined => {
  const value = single(header)?.trim();
  if (value === undefined) return undefined;
  if (!uuidPattern.test(value)) throw new ProblemException(problems.invalidCorrelationId());
  return value.toLowerCase();
};
