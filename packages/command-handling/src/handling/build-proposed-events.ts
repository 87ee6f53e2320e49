import { chainEvents } from '@binaan/integrity';
import { GENESIS_HASH } from '@binaan/integrity';
import type { JsonObject } from '@binaan/canonical-json';
import type { ProposedEvent } from '@binaan/event-store';
import type { CommandEnvelope } from './command-envelope';
import { eventIdFor } from './event-ids';

interface BuildInput {
  readonly streamName: string;
  /** Where the stream stands: its last revision and that event's chain hash. */
  readonly after: { readonly revision: bigint | 'no_stream'; readonly lastHash: string | undefined };
  readonly envelope: CommandEnvelope<unknown>;
  readonly fingerprint: string;
  readonly events: readonly { readonly type: string; readonly data: JsonObject }[];
  readonly recordedAt: Date;
}

/**
 * Gives each decided event its deterministic id and its metadata (docs/event-catalogue.md, "Metadata"), and links it
 * into the stream's hash chain at the revision it will be written at.
 */
export const buildProposedEvents = (input: BuildInput): ProposedEvent[] => {
  const { envelope, after } = input;
  const withMetadata = input.events.map((event, index) => {
    const id = eventIdFor(envelope.commandId, input.streamName, index);
    // Keys in canonical (sorted) order: the hash and the stored text are then written without re-sorting.
    const metadata: JsonObject = {
      actor: { id: envelope.actor.id, role: envelope.actor.role },
      causationId: envelope.causationId ?? envelope.commandId,
      commandFingerprint: input.fingerprint,
      commandId: envelope.commandId,
      correlationId: envelope.correlationId ?? envelope.commandId,
      eventId: id,
      recordedAt: input.recordedAt.toISOString(),
    };
    return { id, type: event.type, data: event.data, metadata };
  });
  const startRevision = after.revision === 'no_stream' ? 0n : after.revision + 1n;
  return [...chainEvents(input.streamName, startRevision, after.lastHash ?? GENESIS_HASH, withMetadata)];
};
