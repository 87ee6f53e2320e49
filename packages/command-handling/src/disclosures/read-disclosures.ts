import {
  DISCLOSURE_STREAM_PREFIX,
  PERSONAL_DATA_DISCLOSED,
  PersonalDataDisclosedData,
  type LocalDate,
  type ParticipantId,
} from '@binaan/domain';
import type { EventStore, RecordedEvent } from '@binaan/event-store';
import * as E from 'fp-ts/Either';
import type { Actor } from '../handling/command-envelope';

/** One entry of the access log: who was shown whose personal data, for what, and when. */
export interface DisclosureRecord {
  readonly actor: Actor | null;
  readonly participantIds: readonly ParticipantId[];
  readonly purpose: string;
  /** When it was recorded (ISO instant), from the event's metadata. */
  readonly recordedAt: string | null;
  /** The business day (Asia/Jakarta) whose disclosure stream holds it. */
  readonly day: string;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: bigint;
}

/** Every condition given must hold; days are business days (Asia/Jakarta), both ends included. */
export interface DisclosureFilter {
  readonly participantId?: ParticipantId;
  readonly actorId?: string;
  readonly from?: LocalDate;
  readonly to?: LocalDate;
}

/** A disclosure record that does not decode: the store was written around, or altered. */
export class UnreadableDisclosureError extends Error {
  constructor(
    readonly streamName: string,
    readonly revision: bigint,
  ) {
    super(`the disclosure at ${streamName} revision ${revision} cannot be read`);
    this.name = 'UnreadableDisclosureError';
  }
}

const actorOf = (metadata: RecordedEvent['metadata']): Actor | null => {
  const actor = metadata['actor'];
  if (typeof actor !== 'object' || actor === null || Array.isArray(actor)) return null;
  const { id, role } = actor as { readonly [field: string]: unknown };
  return typeof id === 'string' && typeof role === 'string' ? { id, role } : null;
};

const recordOf = (event: RecordedEvent): DisclosureRecord => {
  const decoded = PersonalDataDisclosedData.decode(event.data);
  if (E.isLeft(decoded)) throw new UnreadableDisclosureError(event.streamName, event.revision);
  const recordedAt = event.metadata['recordedAt'];
  return {
    actor: actorOf(event.metadata),
    participantIds: decoded.right.participantIds,
    purpose: decoded.right.purpose,
    recordedAt: typeof recordedAt === 'string' ? recordedAt : null,
    day: event.streamName.slice(DISCLOSURE_STREAM_PREFIX.length),
    streamName: event.streamName,
    revision: event.revision,
    position: event.position,
  };
};

const matches = (record: DisclosureRecord, filter: DisclosureFilter): boolean =>
  (filter.participantId === undefined || record.participantIds.includes(filter.participantId)) &&
  (filter.actorId === undefined || record.actor?.id === filter.actorId) &&
  (filter.from === undefined || record.day >= filter.from) &&
  (filter.to === undefined || record.day <= filter.to);

/**
 * The access log: every recorded disclosure of personal data that matches the filter, in the order
 * recorded. It reads the disclosure streams only, and holds nothing but ids, roles and purposes.
 */
export async function* readDisclosures(store: Pick<EventStore, 'readAll'>, filter: DisclosureFilter = {}): AsyncIterable<DisclosureRecord> {
  const all = store.readAll({ fromPosition: 'start', filter: { streamPrefixes: [DISCLOSURE_STREAM_PREFIX], eventTypes: [PERSONAL_DATA_DISCLOSED] } });
  for await (const event of all) {
    if (!event.streamName.startsWith(DISCLOSURE_STREAM_PREFIX) || event.type !== PERSONAL_DATA_DISCLOSED) continue;
    const record = recordOf(event);
    if (matches(record, filter)) yield record;
  }
}
