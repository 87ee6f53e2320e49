import { chainEvents, GENESIS_HASH } from '../integrity';
import type { JsonObject, ProposedEvent } from '../port';
import type { CommandEnvelope } from './command-envelope';
import { eventIdFor } from './event-ids';
import type { LoadedStream } from './load-stream';

interface BuildInput<Command> {
  readonly streamName: string;
  readonly loaded: LoadedStream<unknown>;
  readonly envelope: CommandEnvelope<Command>;
  readonly events: readonly { readonly type: string; readonly data: JsonObject }[];
  readonly recordedAt: Date;
}

/**
 * Gives each decided event its deterministic id and its metadata (DESIGN.md "Events"), and links it
 * into the stream's hash chain at the revision it will be written at.
 */
export const buildProposedEvents = <Command>(input: BuildInput<Command>): ProposedEvent[] => {
  const { envelope, loaded } = input;
  const withMetadata = input.events.map((event, index) => {
    const id = eventIdFor(envelope.commandId, index);
    const metadata: JsonObject = {
      eventId: id,
      commandId: envelope.commandId,
      correlationId: envelope.correlationId ?? envelope.commandId,
      causationId: envelope.causationId ?? envelope.commandId,
      actor: { id: envelope.actor.id, role: envelope.actor.role },
      recordedAt: input.recordedAt.toISOString(),
    };
    return { id, type: event.type, data: event.data, metadata };
  });
  const startRevision = loaded.revision === 'no_stream' ? 0n : loaded.revision + 1n;
  return [...chainEvents(input.streamName, startRevision, loaded.lastHash ?? GENESIS_HASH, withMetadata)];
};
