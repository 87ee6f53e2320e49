import {
  END,
  START,
  eventTypeFilter,
  streamNameFilter,
  type AppendExpectedRevision,
  type Filter,
  type Position,
  type ReadAllOptions as ClientReadAllOptions,
  type ReadPosition,
  type ReadStreamOptions as ClientReadStreamOptions,
} from '@eventstore/db-client';
import type { AllFilter, ExpectedRevision } from '@binaan/event-store';
import { BEYOND_LAST, type AllReadPlan, type StreamReadPlan } from '@binaan/event-store/adapter-kit';

/**
 * Everything the adapter hands to `@eventstore/db-client` as options goes through this file, so a
 * move to `@kurrent/kurrentdb-client` (where `expectedRevision` becomes `streamState`) stays local.
 */

export const toClientExpectedRevision = (expected: ExpectedRevision): AppendExpectedRevision => expected;

/** The port's positions are commit positions; EventStoreDB writes commit = prepare for every gRPC append. */
export const toClientPosition = (position: bigint): Position => ({ commit: position, prepare: position });

/** The shared read plans turn 'start' into 0n and 'end' into BEYOND_LAST; the client wants its constants back. */
export const toClientReadPosition = (from: bigint): ReadPosition =>
  from === 0n ? START : from >= BEYOND_LAST ? END : toClientPosition(from);

export const toClientReadStreamOptions = (plan: StreamReadPlan): ClientReadStreamOptions => ({
  direction: plan.direction,
  fromRevision: plan.fromRevision >= BEYOND_LAST ? END : plan.fromRevision,
  ...(plan.maxCount >= BEYOND_LAST ? {} : { maxCount: plan.maxCount }),
});

/**
 * No `maxCount`: `$all` holds system events that the adapter drops, so the count is applied to
 * what remains, on this side.
 */
export const toClientReadAllOptions = (plan: AllReadPlan): ClientReadAllOptions => ({
  direction: plan.direction,
  fromPosition: toClientReadPosition(plan.fromPosition),
});

const nonEmpty = (values: readonly string[] | undefined): values is readonly string[] =>
  values !== undefined && values.length > 0;

/**
 * The server filters on one kind only. Stream prefixes are the narrower cut for Binaan's streams,
 * so they win; event types go as prefixes (a superset of the exact names, refined on this side).
 * With neither, no filter: the adapter sees every record, so what it skips (system records, links,
 * other applications' events) is counted, not dropped unseen by the server.
 */
export const toServerSideFilter = (filter: AllFilter | undefined): Filter | undefined => {
  if (nonEmpty(filter?.streamPrefixes)) {
    return streamNameFilter({ prefixes: [...filter.streamPrefixes] });
  }
  if (nonEmpty(filter?.eventTypes)) {
    return eventTypeFilter({ prefixes: [...filter.eventTypes] });
  }
  return undefined;
};
