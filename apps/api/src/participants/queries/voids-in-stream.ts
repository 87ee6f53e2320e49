import { StreamNotFoundError, type EventStore } from '@binaan/event-store';

/** A void as the history shows it: which entry it set aside, of what kind, and why. Never its note (personal data). */
export interface VoidOfEntry {
  readonly voidEventId: string;
  readonly voidedEventId: string;
  readonly voidedType: string;
  readonly reason: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The voids recorded in one participant's stream, read from the store: the audit rows say who voided
 * and when, the event's own data says what and why. Only ids, the entry's type and the reason are read.
 */
export const voidsInStream = async (store: Pick<EventStore, 'readStream'>, streamName: string): Promise<readonly VoidOfEntry[]> => {
  const voids: VoidOfEntry[] = [];
  try {
    for await (const event of store.readStream(streamName)) {
      if (event.type !== 'EntryVoided') continue;
      const voidEventId = text(event.metadata['eventId']) ?? event.id;
      const voidedEventId = text(event.data['voidedEventId']);
      const voidedType = text(event.data['voidedType']);
      const reason = text(event.data['reason']);
      if (voidedEventId === undefined || voidedType === undefined || reason === undefined) continue;
      voids.push({ voidEventId, voidedEventId, voidedType, reason });
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return voids;
};
