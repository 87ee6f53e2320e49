import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AppendResult, ExpectedRevision } from '@binaan/event-store';
import { DELETED_STREAM_REVISION, metastreamOf } from '@binaan/event-store/adapter-kit';
import { METADATA_TYPE, TOMBSTONE_TYPE, truncateBeforeJson } from '@binaan/event-store/adapter-kit';
import { decideSoftDelete, decideWrite, type StoredEventLookup } from '@binaan/event-store/adapter-kit';
import type { ValidatedAppend } from '@binaan/event-store/adapter-kit';
import type { SqliteStatements } from './sqlite-statements';
import { readStreamState } from './sqlite-stream-state';

export interface SqliteWrites {
  append(append: ValidatedAppend): AppendResult;
  /** Several streams' appends in one transaction: all are written or none is. */
  appendMany(parts: readonly ValidatedAppend[]): readonly AppendResult[];
  softDelete(streamName: string, expected: ExpectedRevision): { readonly position: bigint };
  tombstone(streamName: string, expected: ExpectedRevision): { readonly position: bigint };
}

/** A stream's stored events by id or revision; a class so that each write makes one small object, not two closures. */
class StoredEventsOf implements StoredEventLookup {
  constructor(
    private readonly statements: SqliteStatements,
    private readonly streamName: string,
  ) {}

  byId(id: string) {
    const row = this.statements.eventById.get(this.streamName, id);
    return row === undefined ? undefined : { revision: row[0], position: row[1] };
  }

  at(revision: bigint) {
    const row = this.statements.eventAt.get(this.streamName, revision);
    return row === undefined ? undefined : { id: row[0], position: row[1] };
  }
}

/** Each write is one `BEGIN IMMEDIATE` transaction: the check and the write see the same stream state. */
export const createSqliteWrites = (db: Database, statements: SqliteStatements, clock: () => Date): SqliteWrites => {
  const lookupIn = (streamName: string): StoredEventLookup => new StoredEventsOf(statements, streamName);

  const insertRecord = (streamName: string, revision: bigint, type: string, data: string, created: number): bigint =>
    BigInt(statements.insertEvent.run(streamName, revision, randomUUID(), type, data, '{}', created).lastInsertRowid);

  const writeTruncateBefore = (streamName: string, truncateBefore: bigint, created: number): bigint => {
    const metastream = metastreamOf(streamName);
    const revision = (statements.lastRevision.get(metastream) ?? -1n) + 1n;
    return insertRecord(metastream, revision, METADATA_TYPE, truncateBeforeJson(truncateBefore), created);
  };

  /** One stream's append, inside the caller's transaction: a throw rolls back everything it wrote. */
  const appendInTransaction = ({ streamName, expectedRevision, events }: ValidatedAppend): AppendResult => {
    const state = readStreamState(statements, streamName);
    const ids = events.map((event) => event.id);
    const decision = decideWrite({ streamName, state, expected: expectedRevision, ids, lookup: lookupIn(streamName) });
    if (decision.kind === 'idempotent') return { nextExpectedRevision: decision.revision, position: decision.position };
    const created = clock().getTime();
    let revision = state.lastRevision;
    let position = 0n;
    for (const { id, type, dataJson, metadataJson } of events) {
      revision += 1n;
      const inserted = statements.insertEvent.run(streamName, revision, id, type, dataJson, metadataJson, created);
      position = BigInt(inserted.lastInsertRowid);
    }
    if (decision.undelete) writeTruncateBefore(streamName, state.lastRevision + 1n, created);
    return { nextExpectedRevision: revision, position };
  };

  const append = db.transaction(appendInTransaction);
  // Streams are distinct (validateStreamAppends), so each part's check sees only its own stream's writes.
  const appendMany = db.transaction((parts: readonly ValidatedAppend[]) => parts.map(appendInTransaction));

  const softDelete = db.transaction((streamName: string, expected: ExpectedRevision) => {
    const state = readStreamState(statements, streamName);
    decideSoftDelete({ streamName, state, expected, lookup: lookupIn(streamName) });
    return { position: writeTruncateBefore(streamName, DELETED_STREAM_REVISION, clock().getTime()) };
  });

  const tombstone = db.transaction((streamName: string, expected: ExpectedRevision) => {
    const state = readStreamState(statements, streamName);
    decideWrite({ streamName, state, expected, ids: [], lookup: lookupIn(streamName) });
    const created = clock().getTime();
    return { position: insertRecord(streamName, DELETED_STREAM_REVISION, TOMBSTONE_TYPE, '{}', created) };
  });

  return {
    append: (validated) => append.immediate(validated),
    appendMany: (parts) => appendMany.immediate(parts),
    softDelete: (streamName, expected) => softDelete.immediate(streamName, expected),
    tombstone: (streamName, expected) => tombstone.immediate(streamName, expected),
  };
};
