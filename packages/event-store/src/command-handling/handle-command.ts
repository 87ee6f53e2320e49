import * as E from 'fp-ts/Either';
import { WrongExpectedVersionError, type EventStore, type JsonObject, type RecordedEvent } from '../port';
import { backoffDelayMs, sleep } from './backoff';
import { buildProposedEvents } from './build-proposed-events';
import type { CommandEnvelope } from './command-envelope';
import type { CommandAccepted, CommandFailure } from './command-result';
import { loadStream, type Fold, type LoadedStream } from './load-stream';
import type { StreamStateCache } from './stream-state-cache';

export interface StoredShape {
  readonly type: string;
  readonly data: JsonObject;
}

export interface CommandHandlingDeps<Command, State, Event, DomainError> {
  readonly store: EventStore;
  readonly streamNameFor: (command: Command) => string;
  readonly decide: (command: Command, state: State) => E.Either<DomainError, readonly Event[]>;
  readonly fold: Fold<State, Event>;
  readonly toDomainEvent: (recorded: RecordedEvent) => Event;
  readonly toStored: (event: Event) => StoredShape;
  /**
   * Runs after `decide` accepted the command and before its events are appended, e.g. to claim a
   * uniqueness reservation. A Left rejects the command and nothing is appended to its stream.
   */
  readonly beforeAppend?: (envelope: CommandEnvelope<Command>, events: readonly Event[]) => Promise<E.Either<DomainError, void>>;
  readonly clock?: () => Date;
  /** How many times a command that lost a concurrency race is tried again with fresh state. */
  readonly maxAttempts?: number;
  /** Folded streams kept between commands (see stream-state-cache.ts). */
  readonly cache?: StreamStateCache<State>;
}

export type CommandHandlingResult<DomainError> = E.Either<CommandFailure<DomainError>, CommandAccepted>;

const repeatedResult = <S>(streamName: string, loaded: LoadedStream<S>, commandId: string): CommandAccepted | undefined => {
  const written = loaded.commandResults.get(commandId);
  const last = written?.[written.length - 1];
  if (written === undefined || last === undefined) return undefined;
  return {
    kind: 'accepted',
    streamName,
    nextExpectedRevision: last.revision,
    position: last.position,
    events: written.map(({ id, type, revision }) => ({ id, type, revision })),
    repeated: true,
  };
};

/**
 * Load (read and fold), decide, append with the loaded revision as the expected revision.
 * A lost race is retried with fresh state, unless the caller named the revision it expected.
 */
export const handleCommand = async <Command, State, Event, DomainError>(
  deps: CommandHandlingDeps<Command, State, Event, DomainError>,
  envelope: CommandEnvelope<Command>,
): Promise<CommandHandlingResult<DomainError>> => {
  const streamName = deps.streamNameFor(envelope.command);
  const maxAttempts = deps.maxAttempts ?? 50;
  const clock = deps.clock ?? (() => new Date());
  let reserved = false;
  for (let attempt = 0; ; attempt += 1) {
    const loaded = await loadStream(deps.store, streamName, deps.fold, deps.toDomainEvent, deps.cache);
    const repeated = repeatedResult(streamName, loaded, envelope.commandId);
    if (repeated !== undefined) return E.right(repeated);
    if (envelope.expectedRevision !== undefined && envelope.expectedRevision !== loaded.revision) {
      return E.left({ kind: 'conflict', streamName, expected: envelope.expectedRevision, actual: loaded.revision });
    }
    const decision = deps.decide(envelope.command, loaded.state);
    if (E.isLeft(decision)) return E.left({ kind: 'rejected', error: decision.left });
    const events = decision.right;
    if (events.length === 0) {
      return E.right({ kind: 'accepted', streamName, nextExpectedRevision: loaded.revision, position: undefined, events: [], repeated: false });
    }
    if (!reserved && deps.beforeAppend !== undefined) {
      const reservation = await deps.beforeAppend(envelope, events);
      if (E.isLeft(reservation)) return E.left({ kind: 'rejected', error: reservation.left });
      reserved = true;
    }
    const proposed = buildProposedEvents({ streamName, loaded, envelope, events: events.map(deps.toStored), recordedAt: clock() });
    try {
      const appended = await deps.store.appendToStream(streamName, proposed, { expectedRevision: loaded.revision });
      const firstRevision = appended.nextExpectedRevision - BigInt(proposed.length - 1);
      return E.right({
        kind: 'accepted',
        streamName,
        nextExpectedRevision: appended.nextExpectedRevision,
        position: appended.position,
        events: proposed.map((event, index) => ({ id: event.id, type: event.type, revision: firstRevision + BigInt(index) })),
        repeated: false,
      });
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (envelope.expectedRevision !== undefined || attempt + 1 >= maxAttempts) {
        return E.left({ kind: 'conflict', streamName, expected: loaded.revision, actual: error.actual });
      }
      await sleep(backoffDelayMs(attempt));
    }
  }
};
