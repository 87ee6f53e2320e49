import { randomUUID } from 'node:crypto';
import { encodeParticipantEvent, eventBusinessDate, participantStreamName, type EncryptedEnvelope, type EventRecord } from '@binaan/domain';
import type { EventStore } from '@binaan/event-store';
import type { JsonObject } from '@binaan/canonical-json';
import { fakeOpen, type InterleavedEvent, type ParticipantHistory } from '@binaan/testing';

/** One stored event, as the command handler would append it: id, recorder and recorded time in the metadata. */
const appendOne = async (store: EventStore, item: InterleavedEvent, recordedAt: Date, sequence: number): Promise<void> => {
  const encoded = encodeParticipantEvent(item.event);
  const commandId = randomUUID();
  await store.appendToStream(item.streamName, [
    {
      id: randomUUID(),
      type: encoded.type,
      data: encoded.data as JsonObject,
      metadata: {
        eventId: item.record.eventId,
        commandId,
        correlationId: commandId,
        causationId: commandId,
        actor: { id: item.record.recordedBy?.id ?? 'petugas-uji', role: item.record.recordedBy?.role ?? 'registrar' },
        recordedAt: recordedAt.toISOString(),
        prevHash: '0'.repeat(64),
        hash: sequence.toString(16).padStart(64, '0'),
      },
    },
  ]);
};

/**
 * Appends an interleaved multi-participant history, one event per append, with the event id and
 * recorder its history gives it, and `recordedAt` the business date plus `lateDays[i]` (some events
 * are recorded late). An event without a business date (a void, a correction, a cancellation) is
 * recorded a minute after the one before it in its stream.
 */
export const appendHistory = async (store: EventStore, interleaved: readonly InterleavedEvent[], lateDays: readonly number[] = []): Promise<void> => {
  const lastRecorded = new Map<string, number>();
  for (const [index, item] of interleaved.entries()) {
    const businessDate = eventBusinessDate(item.event.type, item.event.data);
    const recordedMs =
      businessDate === null
        ? (lastRecorded.get(item.streamName) ?? 0) + 60_000
        : Date.parse(`${businessDate}T02:00:00Z`) + (lateDays[index] ?? 0) * 86_400_000;
    lastRecorded.set(item.streamName, recordedMs);
    await appendOne(store, item, new Date(recordedMs), index);
  }
};

/** Appends one participant's history in order, the event at `index` recorded at `recordedAt(index)`. */
export const appendParticipantHistory = async (
  store: EventStore,
  history: Pick<ParticipantHistory, 'participantId' | 'events' | 'records'>,
  recordedAt: (index: number) => Date,
): Promise<void> => {
  const streamName = participantStreamName(history.participantId);
  for (const [index, event] of history.events.entries()) {
    const record = history.records[index] as EventRecord;
    await appendOne(store, { participantId: history.participantId, streamName, revision: index, event, record }, recordedAt(index), index);
  }
};

/** The vault's `open` over envelopes made by the testing kit's fakeSeal. */
export const openFakeEnvelope = async (envelope: unknown) => ({ status: 'ok' as const, data: fakeOpen(envelope as EncryptedEnvelope) });
