import { participantStreamName, type ParticipantId } from '@binaan/domain';
import { StreamNotFoundError, type EventStore, type RecordedEvent } from '@binaan/event-store';
import type { PersonalDataVault } from '@binaan/personal-data';

/** How to reach her after release, opened: the fields of ContactDetails, each only when it was given. */
export interface OpenedContactDetails {
  readonly participantId: string;
  readonly phone?: string;
  readonly addressAfterRelease?: string;
  readonly familyContact?: { readonly name: string; readonly relationship: string; readonly phone: string };
  readonly preferredChannel?: string;
}

/** The events that seal contact details: the release (when it gave them) and each later update. */
const contactCarriers: readonly string[] = ['InmateReleased', 'ContactDetailsUpdated'];

const streamEvents = async (store: Pick<EventStore, 'readStream'>, participantId: string): Promise<readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  try {
    for await (const event of store.readStream(participantStreamName(participantId as ParticipantId))) events.push(event);
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return events;
};

/**
 * Opens her contact details from her own stream: the release's copy, then each update's over it, field
 * by field. Erased or never given: nothing. The caller records the disclosure before answering.
 */
export const openContactDetails = async (
  store: Pick<EventStore, 'readStream'>,
  vault: Pick<PersonalDataVault, 'open'>,
  participantId: string,
): Promise<OpenedContactDetails | undefined> => {
  let merged: Record<string, unknown> = {};
  for (const event of await streamEvents(store, participantId)) {
    const envelope = event.data['personalData'];
    if (!contactCarriers.includes(event.type) || envelope === undefined) continue;
    const opened = await vault.open(envelope, { purpose: event.type });
    if (opened.status === 'erased') return undefined;
    if (opened.status !== 'ok') throw new Error(`contact details of participant ${participantId} could not be opened: ${opened.status}`);
    merged = { ...merged, ...(opened.data as Record<string, unknown>) };
  }
  return Object.keys(merged).length === 0 ? undefined : ({ ...merged, participantId } as OpenedContactDetails);
};
