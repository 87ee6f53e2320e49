import { randomUUID } from 'node:crypto';
import { encodeParticipantEvent, type EncryptedEnvelope } from '@binaan/domain';
import type { EventStore } from '@binaan/event-store';
import type { JsonObject } from '@binaan/canonical-json';
import { fakeOpen, type InterleavedEvent } from '@binaan/testing';

const businessDateOf = (data: Readonly<Record<string, unknown>>): string =>
  String(data['enrolledOn'] ?? data['assessedOn'] ?? data['releasedOn'] ?? data['contactedOn']);

/**
 * Appends an interleaved multi-participant history, one event per append as the command handler
 * would, with full metadata. `recordedAt` is the business date plus `lateDays[i]` (some events are recorded late).
 */
export const appendHistory = async (store: EventStore, interleaved: readonly InterleavedEvent[], lateDays: readonly number[] = []): Promise<void> => {
  for (const [index, item] of interleaved.entries()) {
    const encoded = encodeParticipantEvent(item.event);
    const commandId = randomUUID();
    const recordedAt = new Date(Date.parse(`${businessDateOf(encoded.data)}T02:00:00Z`) + (lateDays[index] ?? 0) * 86_400_000);
    await store.appendToStream(item.streamName, [
      {
        id: randomUUID(),
        type: encoded.type,
        data: encoded.data as JsonObject,
        metadata: {
          eventId: randomUUID(),
          commandId,
          correlationId: commandId,
          causationId: commandId,
          actor: { id: 'petugas-uji', role: 'registrar' },
          recordedAt: recordedAt.toISOString(),
          prevHash: '0'.repeat(64),
          hash: index.toString(16).padStart(64, '0'),
        },
      },
    ]);
  }
};

/** The vault's `open` over envelopes made by the testing kit's fakeSeal. */
export const openFakeEnvelope = async (envelope: unknown) => ({ status: 'ok' as const, data: fakeOpen(envelope as EncryptedEnvelope) });
