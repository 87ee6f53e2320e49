import { randomUUID } from 'node:crypto';
import { encodeParticipantEvent, eventBusinessDate, type EncryptedEnvelope } from '@binaan/domain';
import type { EventStore } from '@binaan/event-store';
import type { JsonObject } from '@binaan/canonical-json';
import { fakeOpen, type InterleavedEvent } from '@binaan/testing';

/**
 * Appends an interleaved multi-participant history, one event per append as the command handler
 * would, with full metadata: the event id and recorder its history gives it, and `recordedAt` the
 * business date plus `lateDays[i]` (some events are recorded late). An event without a business date
 * (a void, a correction, a cancellation) is recorded a minute after the one before it in its stream.
 */
export const appendHistory = async (store: EventStore, interleaved: readonly InterleavedEvent[], lateDays: readonly number[] = []): Promise<void> => {
  const lastRecorded = new Map<string, number>();
  for (const [index, item] of interleaved.entries()) {
    const encoded = encodeParticipantEvent(item.event);
    const commandId = randomUUID();
    const businessDate = eventBusinessDate(encoded.type, encoded.data);
    const recordedMs =
      businessDate === null
        ? (lastRecorded.get(item.streamName) ?? 0) + 60_000
        : Date.parse(`${businessDate}T02:00:00Z`) + (lateDays[index] ?? 0) * 86_400_000;
    lastRecorded.set(item.streamName, recordedMs);
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
          recordedAt: new Date(recordedMs).toISOString(),
          prevHash: '0'.repeat(64),
          hash: index.toString(16).padStart(64, '0'),
        },
      },
    ]);
  }
};

/** The vault's `open` over envelopes made by the testing kit's fakeSeal. */
export const openFakeEnvelope = async (envelope: unknown) => ({ status: 'ok' as const, data: fakeOpen(envelope as EncryptedEnvelope) });
