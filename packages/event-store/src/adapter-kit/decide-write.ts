import { StreamDeletedError, WrongExpectedVersionError } from '../port/errors';
import type { ExpectedRevision } from '../port/options';
import { actualRevision, isSoftDeleted, type StreamState } from './stream-state';

export interface StoredEventRef {
  readonly revision: bigint;
  readonly position: bigint;
}

/** How a decision looks up the stream's own stored events (including ones hidden by a soft delete). */
export interface StoredEventLookup {
  /** The latest event of this stream with that id. */
  byId(id: string): StoredEventRef | undefined;
  /** This stream's event at that revision. */
  at(revision: bigint): { readonly id: string; readonly position: bigint } | undefined;
}

export type WriteDecision =
  /** Write after `lastRevision`; `undelete` when the stream was soft-deleted and reads must start at the new events. */
  | { readonly kind: 'write'; readonly undelete: boolean }
  /** Every id was already written: report that original write and store nothing. */
  | { readonly kind: 'idempotent'; readonly revision: bigint; readonly position: bigint };

interface Request {
  readonly streamName: string;
  readonly state: StreamState;
  readonly expected: ExpectedRevision;
  /** Empty for a delete, which is never a repeat. */
  readonly ids: readonly string[];
  readonly lookup: StoredEventLookup;
}

const conflict = ({ streamName, expected, state }: Request): WrongExpectedVersionError =>
  new WrongExpectedVersionError(streamName, expected, actualRevision(state));

const write = (request: Request): WriteDecision => ({ kind: 'write', undelete: isSoftDeleted(request.state) });

// `any` and `stream_exists`: EventStoreDB asks a cache of recent ids; we ask the stream's own stored ids.
const decideByIds = (request: Request): WriteDecision => {
  let repeated: StoredEventRef | undefined;
  for (const [index, id] of request.ids.entries()) {
    const found = request.lookup.byId(id);
    if (found === undefined) {
      if (index === 0) return write(request);
      throw conflict(request);
    }
    repeated = found;
  }
  return repeated === undefined ? write(request) : { kind: 'idempotent', ...repeated };
};

// An expected revision below the last: a repeat only if the ids match the events written after it, in order.
const decideByRevisions = (request: Request, expectedRevision: bigint): WriteDecision => {
  let repeated: StoredEventRef | undefined;
  for (const [index, id] of request.ids.entries()) {
    const revision = expectedRevision + 1n + BigInt(index);
    const stored = request.lookup.at(revision);
    if (stored?.id === id) {
      repeated = { revision, position: stored.position };
      continue;
    }
    if (index === 0) return mismatchAtFirst(request);
    throw conflict(request);
  }
  return repeated === undefined ? mismatchAtFirst(request) : { kind: 'idempotent', ...repeated };
};

const mismatchAtFirst = (request: Request): WriteDecision => {
  if (request.expected === 'no_stream' && isSoftDeleted(request.state)) return write(request);
  throw conflict(request);
};

/**
 * EventStoreDB's commit check (IndexWriter.CheckCommit), applied to appends and deletes alike.
 * Throws StreamDeletedError or WrongExpectedVersionError.
 */
export const decideWrite = (request: Request): WriteDecision => {
  const { state, expected, streamName } = request;
  if (state.tombstoned) throw new StreamDeletedError(streamName);
  if (expected === 'stream_exists') {
    if (isSoftDeleted(state)) throw new StreamDeletedError(streamName);
    if (state.lastRevision < 0n) throw conflict(request);
  }
  if (expected === 'any' || expected === 'stream_exists') return decideByIds(request);
  const expectedRevision = expected === 'no_stream' ? -1n : expected;
  if (expectedRevision < state.lastRevision) return decideByRevisions(request, expectedRevision);
  if (expectedRevision > state.lastRevision) throw conflict(request);
  return write(request);
};

/** A soft delete also needs something to delete: a never-written stream is a conflict with actual `no_stream`. */
export const decideSoftDelete = (request: Omit<Request, 'ids'>): WriteDecision => {
  const decision = decideWrite({ ...request, ids: [] });
  if (request.state.lastRevision < 0n) throw conflict({ ...request, ids: [] });
  return decision;
};
