import type { MemoryEventStore, RecordedEvent } from '@binaan/event-store';
import { retainedIn } from './stream-retention';
import { wireBodyOf } from './wire-bodies';

/** The type of the link events system projections write (`$ce-`, `$et-`, `$by_category` …). */
export const LINK_TYPE = '$>';

const LINK_DATA = /^(\d+)@(.+)$/s;

/** The data of a link to `record`: `revision@stream`. */
export const linkDataOf = (record: Pick<RecordedEvent, 'revision' | 'streamName'>): string => `${record.revision}@${record.streamName}`;

/**
 * The event a `$>` record points at, as the server resolves it for `resolveLinkTos`: undefined when
 * the record is no link, or its target is gone (never written, truncated, deleted).
 */
export const linkTargetOf = (store: MemoryEventStore, link: RecordedEvent, now: Date): RecordedEvent | undefined => {
  if (link.type !== LINK_TYPE) {
    return undefined;
  }
  const match = LINK_DATA.exec(Buffer.from(wireBodyOf(link).data).toString('utf8'));
  if (match === null) {
    return undefined;
  }
  const [, revision = '', streamName = ''] = match;
  const target = store.storage.streamRecords(streamName)[Number(revision)];
  return target !== undefined && retainedIn(store, streamName, now)(target) ? target : undefined;
};
