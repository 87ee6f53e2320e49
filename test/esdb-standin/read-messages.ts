import { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { RecordedEvent } from '@binaan/event-store';
import { streamIdentifierOf } from './wire-codec';
import { toWirePosition } from './wire-position';

/** The non-event replies of Read. */

export const confirmationMessage = (subscriptionId: string): ReadResp =>
  new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(subscriptionId));

export const caughtUpMessage = (): ReadResp => new ReadResp().setCaughtUp(new ReadResp.CaughtUp());

/** `position` is the memory store's; it goes out as a log offset (wire-position.ts). */
export const checkpointMessage = (position: bigint): ReadResp => {
  const wire = toWirePosition(position).toString();
  return new ReadResp().setCheckpoint(new ReadResp.Checkpoint().setCommitPosition(wire).setPreparePosition(wire));
};

export const streamNotFoundMessage = (streamName: string): ReadResp =>
  new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifierOf(streamName)));

/** How one Read turns a record into its `event` message (links resolved or not). */
export type EventMessages = (record: RecordedEvent) => ReadResp;
