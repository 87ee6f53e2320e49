import * as E from 'fp-ts/Either';
import { WrongExpectedVersionError } from '@binaan/event-store';
import type { EventStore } from '@binaan/event-store';
import type { JsonObject } from '@binaan/canonical-json';
import type { ProposedEvent, RecordedEvent } from '@binaan/event-store';
import type { StreamAppend } from '@binaan/event-store';
import { appendWithAlongside } from './append-with-alongside';
import { backoffDelayMs, sleep } from './backoff';
import { buildProposedEvents } from './build-proposed-events';
import { accessAllowed, type CommandAccess } from './command-access';
import type { CommandEnvelope } from './command-envelope';
import { commandFingerprint } from './command-fingerprint';
import type { CommandAccepted, CommandFailure } from './command-result';
import { readCommandRecord, type CommandRecord } from './command-record';
import type { EventProvenance } from './event-provenance';
import { loadStream, type Fold } from './load-stream';
import type { LoadedStream } from './loaded-stream';
import type { StreamStateCache } from './stream-state-cache';

export interface StoredShape {
  readonly type: string;
  readonly data: JsonObject;
}

/** What is appended for an accepted command: its events, and appends to other streams that belong with them. */
export interface PreparedAppend<Event> {
  readonly events: readonly Event[];
  /** Written with the command's events: atomically where the store offers appendToStreams, else just before them. */
  readonly alongside?: readonly StreamAppend[];
}

export interface CommandHandlingDeps<Command, State, Event, Rejection> {
  readonly store: EventStore;
  readonly streamNameFor: (command: Command) => string;
  readonly decide: (command: Command, state: State) => E.Either<Rejection, readonly Event[]>;
  /**
   * Who may act on this stream, asked before anything else on each attempt's loaded state. Default: anyone.
   */
  readonly access?: (command: Command, state: State) => CommandAccess<Rejection>;
  readonly fold: Fold<State, Event>;
  readonly toDomainEvent: (recorded: RecordedEvent) => Event;
  readonly toStored: (event: Event) => StoredShape;
  /**
   * Runs before each append, once `decide` has accepted the command: the place for work that must
   * not happen for a rejected or repeated command (claiming a reservation, sealing personal data).
   * It may replace the events and add appends to other streams; a Left rejects the command and
   * nothing is appended. `lost` holds the conflicts those other appends met in this command's
   * earlier attempts (another writer got there first), for it to decide what to do instead; `state`
   * is the state the command was decided on.
   */
  readonly prepareAppend?: (
    envelope: CommandEnvelope<Command>,
    events: readonly Event[],
    lost: readonly WrongExpectedVersionError[],
    state: State,
  ) => Promise<E.Either<Rejection, PreparedAppend<Event>>>;
  /**
   * Whether a stored fingerprint other than this command's still names this command: one written by
   * an earlier version under another scheme. Asked only when a command id comes back. Default: no.
   */
  readonly isFormerFingerprint?: (stored: string) => boolean;
  /** The error for a command id already used by a command with other content or another actor. */
  readonly commandIdReused: (commandId: string) => Rejection;
  readonly clock?: () => Date;
  /** How many times a command that lost a concurrency race is tried again with fresh state. */
  readonly maxAttempts?: number;
  /** Folded streams kept between commands (see stream-state-cache.ts). */
  readonly cache?: StreamStateCache<State>;
}

export type CommandHandlingResult<Rejection> = E.Either<CommandFailure<Rejection>, CommandAccepted>;

const repeatedResult = (streamName: string, record: CommandRecord): CommandAccepted => {
  const last = record.events[record.events.length - 1];
  return {
    kind: 'accepted',
    streamName,
    nextExpectedRevision: last?.revision ?? 'no_stream',
    position: record.position,
    events: record.events,
    repeated: true,
  };
};

const alongsideConflict = (error: WrongExpectedVersionError): CommandFailure<never> => ({
  kind: 'conflict',
  streamName: error.streamName,
  expected: typeof error.expected === 'bigint' || error.expected === 'no_stream' ? error.expected : 'no_stream',
  actual: error.actual,
});

/** The stream as it stands after a successful append, without reading it back. */
const afterAppend = <State, Event>(
  loaded: LoadedStream<State>,
  fold: Fold<State, Event>,
  events: readonly Event[],
  proposed: readonly ProposedEvent[],
  revision: bigint,
  commandId: string,
  actor: EventProvenance['actor'],
): LoadedStream<State> => {
  // Grown in place: the set only ever gains commands that are in the stream (load-stream.ts).
  loaded.commandIds.add(commandId);
  const lastHash = proposed[proposed.length - 1]?.metadata?.['hash'];
  return {
    state: events.reduce((state, event, index) => fold.evolve(state, event, { eventId: proposed[index]?.id ?? '', actor }), loaded.state),
    revision,
    lastHash: typeof lastHash === 'string' ? lastHash : loaded.lastHash,
    commandIds: loaded.commandIds,
  };
};

/**
 * Load (read and fold), decide, append with the loaded revision as the expected revision.
 * A lost race is retried with fresh state, unless the caller named the revision it expected.
 * The fingerprint is computed over the envelope as given (before any preparation).
 */
export const handleCommand = async <Command, State, Event, Rejection>(
  deps: CommandHandlingDeps<Command, State, Event, Rejection>,
  envelope: CommandEnvelope<Command>,
  fingerprint: string = commandFingerprint(envelope),
): Promise<CommandHandlingResult<Rejection>> => {
  const streamName = deps.streamNameFor(envelope.command);
  const maxAttempts = deps.maxAttempts ?? 50;
  const lostAlongside: WrongExpectedVersionError[] = [];
  for (let attempt = 0; ; attempt += 1) {
    // Always read, if only the events after the cached revision: another process may have written this very
    // command there, and a blind append of its ids would be taken by the store as an idempotent repeat.
    const loaded = await loadStream(deps.store, streamName, deps.fold, deps.toDomainEvent, deps.cache);
    const access = deps.access?.(envelope.command, loaded.state) ?? accessAllowed;
    if (access.kind !== 'allowed') {
      // A hidden stream answers as a missing one would: a named revision other than "no stream" conflicts first.
      if (access.kind === 'hidden' && envelope.expectedRevision !== undefined && envelope.expectedRevision !== 'no_stream') {
        return E.left({ kind: 'conflict', streamName, expected: envelope.expectedRevision, actual: 'no_stream' });
      }
      return E.left({ kind: 'rejected', error: access.error });
    }
    // A soft delete can hide a command the set still names: then the record is gone and the command is new.
    const earlier = loaded.commandIds.has(envelope.commandId) ? await readCommandRecord(deps.store, streamName, envelope.commandId) : undefined;
    if (earlier !== undefined) {
      const same = earlier.fingerprint === undefined || earlier.fingerprint === fingerprint || deps.isFormerFingerprint?.(earlier.fingerprint) === true;
      return same
        ? E.right(repeatedResult(streamName, earlier))
        : E.left({ kind: 'rejected', error: deps.commandIdReused(envelope.commandId) });
    }
    if (envelope.expectedRevision !== undefined && envelope.expectedRevision !== loaded.revision) {
      return E.left({ kind: 'conflict', streamName, expected: envelope.expectedRevision, actual: loaded.revision });
    }
    const decision = deps.decide(envelope.command, loaded.state);
    if (E.isLeft(decision)) return E.left({ kind: 'rejected', error: decision.left });
    if (decision.right.length === 0) {
      return E.right({ kind: 'accepted', streamName, nextExpectedRevision: loaded.revision, position: undefined, events: [], repeated: false });
    }
    const prepared: E.Either<Rejection, PreparedAppend<Event>> =
      deps.prepareAppend === undefined ? E.right({ events: decision.right }) : await deps.prepareAppend(envelope, decision.right, lostAlongside, loaded.state);
    if (E.isLeft(prepared)) return E.left({ kind: 'rejected', error: prepared.left });
    const { events, alongside = [] } = prepared.right;
    const proposed = buildProposedEvents({
      streamName,
      after: loaded,
      envelope,
      fingerprint,
      events: events.map(deps.toStored),
      recordedAt: deps.clock?.() ?? new Date(),
    });
    try {
      const appended = await appendWithAlongside(deps.store, alongside, { streamName, events: proposed, options: { expectedRevision: loaded.revision } });
      const firstRevision = appended.nextExpectedRevision - BigInt(proposed.length - 1);
      deps.cache?.set(streamName, afterAppend(loaded, deps.fold, events, proposed, appended.nextExpectedRevision, envelope.commandId, envelope.actor));
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
      if (error.streamName !== streamName) {
        // Another stream's append lost: prepareAppend hears of it and decides afresh on the next attempt.
        lostAlongside.push(error);
        if (attempt + 1 >= maxAttempts) return E.left(alongsideConflict(error));
        continue;
      }
      if (envelope.expectedRevision !== undefined || attempt + 1 >= maxAttempts) {
        return E.left({ kind: 'conflict', streamName, expected: loaded.revision, actual: error.actual });
      }
      await sleep(backoffDelayMs(attempt));
    }
  }
};
