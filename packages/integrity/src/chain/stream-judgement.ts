import type { ChainBreak, ChainBreakKind } from './chain-break';
import { GENESIS_HASH } from './event-hash';
import type { EventSummary } from './event-summary';

/** What the verifier remembers of one stream between events. */
export interface StreamChainState {
  /** The highest revision that joined the chain so far (-1 before the first). */
  readonly lastRevision: bigint;
  /** The event holding `lastRevision`, needed to settle a second event for the same revision. */
  readonly lastRevisionHolder: { readonly eventId: string | undefined; readonly storedHash: string | undefined } | undefined;
  /** The hash the next event must name as prevHash; undefined when it cannot be known (hash absent). */
  readonly tipHash: string | undefined;
  /** The revision `tipHash` was recorded at: after a swap the tip stays with the later-recorded event. */
  readonly tipRecordedRevision: bigint;
}

export const initialStreamChainState: StreamChainState = {
  lastRevision: -1n,
  lastRevisionHolder: undefined,
  tipHash: GENESIS_HASH,
  tipRecordedRevision: -1n,
};

export interface Judgement {
  readonly state: StreamChainState;
  readonly breaks: readonly Omit<ChainBreak, 'streamName'>[];
}

const breakAt = (kind: ChainBreakKind, event: EventSummary, detail: string): Omit<ChainBreak, 'streamName'> =>
  event.eventId === undefined
    ? { kind, revision: event.revision, detail }
    : { kind, revision: event.revision, eventId: event.eventId, detail };

const join = (state: StreamChainState, event: EventSummary, recordedRevision: bigint): StreamChainState => {
  const tipMoves = recordedRevision > state.tipRecordedRevision;
  return {
    lastRevision: event.revision,
    lastRevisionHolder: { eventId: event.eventId, storedHash: event.storedHash },
    tipHash: tipMoves ? event.storedHash : state.tipHash,
    tipRecordedRevision: tipMoves ? recordedRevision : state.tipRecordedRevision,
  };
};

const judgeSecondHolder = (state: StreamChainState, event: EventSummary, next: EventSummary | undefined): Judgement => {
  const holder = state.lastRevisionHolder;
  const nextContinuesFromEvent =
    next?.prevHash !== undefined && next.prevHash === event.storedHash && next.prevHash !== holder?.storedHash;
  if (!nextContinuesFromEvent || holder === undefined) {
    return { state, breaks: [breakAt('inserted', event, 'a second event for a revision already taken')] };
  }
  const intruder: EventSummary = { ...event, eventId: holder.eventId, storedHash: holder.storedHash };
  const tipWasHolder = state.tipHash === holder.storedHash;
  return {
    state: {
      ...state,
      lastRevisionHolder: { eventId: event.eventId, storedHash: event.storedHash },
      tipHash: tipWasHolder ? event.storedHash : state.tipHash,
    },
    breaks: [breakAt('inserted', intruder, 'a second event for this revision is the one the chain continues from')],
  };
};

const missingBefore = (state: StreamChainState, event: EventSummary): Omit<ChainBreak, 'streamName'> => {
  const first = state.lastRevision + 1n;
  const last = event.revision - 1n;
  const range = first === last ? `revision ${first.toString()} is` : `revisions ${first.toString()}..${last.toString()} are`;
  return { kind: 'missing', revision: first, detail: `${range} absent before revision ${event.revision.toString()}` };
};

/**
 * Settles one event of a stream once the next event of that stream (or the end) is known.
 * Rules, first match first: see README "Integrity: the hash chain".
 */
export const judgeEvent = (state: StreamChainState, event: EventSummary, next: EventSummary | undefined): Judgement => {
  if (event.revision < state.lastRevision) {
    const detail = `read after revision ${state.lastRevision.toString()}`;
    return { state, breaks: [breakAt('reordered', event, detail)] };
  }
  if (event.revision === state.lastRevision) {
    return judgeSecondHolder(state, event, next);
  }
  const gap = event.revision > state.lastRevision + 1n ? [missingBefore(state, event)] : [];
  const content = event.content;
  if (content.kind === 'modified') {
    return { state: join(state, event, event.revision), breaks: [...gap, breakAt('modified', event, content.reason)] };
  }
  if (content.kind === 'moved') {
    const detail = `the content hashes correctly only at revision ${content.recordedRevision.toString()}`;
    return { state: join(state, event, content.recordedRevision), breaks: [...gap, breakAt('reordered', event, detail)] };
  }
  const linkHolds = gap.length > 0 || state.tipHash === undefined || event.prevHash === state.tipHash;
  if (linkHolds) {
    return { state: join(state, event, event.revision), breaks: gap };
  }
  if (next?.prevHash !== undefined && next.prevHash === state.tipHash) {
    const detail = 'its prevHash names no earlier event and the next event links past it';
    return { state, breaks: [breakAt('inserted', event, detail)] };
  }
  const detail =
    'its prevHash is not the stored hash of the previous event: that event was rewritten with a recomputed hash, or this link was forged';
  return { state: join(state, event, event.revision), breaks: [breakAt('chain_broken', event, detail)] };
};
