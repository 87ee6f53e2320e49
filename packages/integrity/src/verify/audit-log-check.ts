import { storedHashOf, type StoredEvent } from './stored-event';
import type { IntegrityBreak } from './integrity-break';

/**
 * What an audit log recorded of one event, as far as verification compares it: the columns of the
 * `audit_log` read model that pin the event to its place and its hash.
 */
export interface AuditLogRow {
  readonly position: bigint;
  readonly stream_name: string;
  readonly revision: bigint;
  readonly event_id: string | null;
  readonly hash: string | null;
}

export type AuditLogPageLoader = (fromPosition: bigint, limit: number) => Promise<readonly AuditLogRow[]>;

export interface AuditLogSummary {
  /** Events compared with the row the audit log holds for their position. */
  readonly compared: number;
  /** The last position the audit log holds; null when it is empty. */
  readonly checkedThrough: bigint | null;
  /** Events after `checkedThrough`: not projected yet, so only their chain vouches for them. */
  readonly notYetProjected: number;
}

const PAGE_SIZE = 5_000;

const auditBreak = (
  row: Pick<AuditLogRow, 'stream_name' | 'revision' | 'position'>,
  kind: IntegrityBreak['kind'],
  detail: string,
  eventId?: string | null,
): IntegrityBreak => ({
  source: 'audit_log',
  streamName: row.stream_name,
  revision: row.revision,
  kind,
  position: row.position,
  ...(eventId === undefined || eventId === null ? {} : { eventId }),
  detail,
});

const compare = (event: StoredEvent, row: AuditLogRow): IntegrityBreak | undefined => {
  const at = { stream_name: event.streamName, revision: event.revision, position: event.position };
  const storedHash = storedHashOf(event);
  const hash = typeof storedHash === 'string' ? storedHash : null;
  if (row.stream_name !== event.streamName) {
    return auditBreak(at, 'modified', `the audit log recorded ${row.stream_name} revision ${row.revision} at this position`, event.id);
  }
  if (row.revision !== event.revision) {
    return auditBreak(at, 'reordered', `the audit log recorded revision ${row.revision} at this position`, event.id);
  }
  if (row.hash !== hash || (row.event_id !== null && row.event_id !== event.id)) {
    return auditBreak(
      at,
      'modified',
      `stored hash ${hash ?? '(none)'} differs from ${row.hash ?? '(none)'}, recorded in the audit log when the event was first projected`,
      event.id,
    );
  }
  return undefined;
};

/**
 * Walks the audit log beside the store, both in position order. The audit log keeps each event's
 * hash as it was when first projected, so it catches what a chain cannot show on its own: a stream
 * rewritten with every hash recomputed, or its last events deleted.
 */
export const createAuditLogCheck = (loadPage: AuditLogPageLoader, checkedThrough: bigint | null) => {
  let page: readonly AuditLogRow[] = [];
  let index = 0;
  let nextFrom = 0n;
  let exhausted = checkedThrough === null;
  let compared = 0;
  let notYetProjected = 0;

  /** The row under the cursor; a page is fetched only when the last one is used up. */
  const current = (): AuditLogRow | undefined | Promise<AuditLogRow | undefined> => {
    if (index < page.length) return page[index];
    if (exhausted) return undefined;
    return loadPage(nextFrom, PAGE_SIZE).then((loaded) => {
      page = loaded;
      index = 0;
      if (loaded.length < PAGE_SIZE) exhausted = true;
      const last = loaded.at(-1);
      if (last !== undefined) nextFrom = last.position + 1n;
      return loaded[0];
    });
  };

  const vanished = (row: AuditLogRow): IntegrityBreak =>
    auditBreak(row, 'missing', `the audit log recorded this event at position ${row.position}; the store no longer holds it`, row.event_id);

  const settle = (event: StoredEvent, row: AuditLogRow | undefined): readonly IntegrityBreak[] => {
    if (row !== undefined && row.position === event.position) {
      index += 1;
      compared += 1;
      const found = compare(event, row);
      return found === undefined ? [] : [found];
    }
    if (checkedThrough !== null && event.position <= checkedThrough) {
      const at = { stream_name: event.streamName, revision: event.revision, position: event.position };
      return [auditBreak(at, 'inserted', 'the audit log, which covers this position, never recorded this event', event.id)];
    }
    notYetProjected += 1;
    return [];
  };

  const skipVanished = async (event: StoredEvent, first: AuditLogRow | undefined): Promise<readonly IntegrityBreak[]> => {
    const breaks: IntegrityBreak[] = [];
    let row = first;
    while (row !== undefined && row.position < event.position) {
      breaks.push(vanished(row));
      index += 1;
      row = await current();
    }
    return [...breaks, ...settle(event, row)];
  };

  return {
    /** Synchronous while the row is in the page at hand, which is nearly always: verify runs at the speed of the read. */
    check: (event: StoredEvent): readonly IntegrityBreak[] | Promise<readonly IntegrityBreak[]> => {
      const row = current();
      if (row instanceof Promise) return row.then((loaded) => skipVanished(event, loaded));
      return row !== undefined && row.position < event.position ? skipVanished(event, row) : settle(event, row);
    },
    end: async (): Promise<readonly IntegrityBreak[]> => {
      const breaks: IntegrityBreak[] = [];
      for (let row = await current(); row !== undefined; row = await current()) {
        breaks.push(vanished(row));
        index += 1;
      }
      return breaks;
    },
    summary: (): AuditLogSummary => ({ compared, checkedThrough, notYetProjected }),
  };
};
