import { credentials, type ClientReadableStream } from '@grpc/grpc-js';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { StreamsClient } from '@eventstore/db-client/generated/streams_grpc_pb';
import { ReadReq, type ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { eventually } from './stand-in-fixtures';

/**
 * A Read call made with the client package's own generated StreamsClient, for tests that check the
 * exact message sequence the high-level client hides (confirmation, caught_up, checkpoints).
 */
export interface RawRead {
  /** Each reply as a label: 'confirmation', 'caughtUp', `checkpoint@P` or `TYPE@P`. */
  readonly labels: readonly string[];
  waitForLabels(count: number): Promise<readonly string[]>;
  cancel(): void;
}

const labelOf = (reply: ReadResp): string => {
  if (reply.hasConfirmation()) return 'confirmation';
  if (reply.hasCaughtUp()) return 'caughtUp';
  if (reply.hasCheckpoint()) return `checkpoint@${reply.getCheckpoint()?.getCommitPosition()}`;
  const event = reply.getEvent()?.getEvent();
  return event === undefined ? 'other' : `${event.getMetadataMap().get('type')}@${event.getCommitPosition()}`;
};

/** A subscription to $all from the start; `configure` may set a filter. */
export const rawSubscribeToAll = (port: number, configure: (options: ReadReq.Options) => void = () => undefined): RawRead => {
  const client = new StreamsClient(`127.0.0.1:${port}`, credentials.createInsecure());
  const options = new ReadReq.Options()
    .setAll(new ReadReq.Options.AllOptions().setStart(new Empty()))
    .setSubscription(new ReadReq.Options.SubscriptionOptions())
    .setReadDirection(ReadReq.Options.ReadDirection.FORWARDS)
    .setUuidOption(new ReadReq.Options.UUIDOption().setString(new Empty()))
    .setNoFilter(new Empty());
  configure(options);
  const call: ClientReadableStream<ReadResp> = client.read(new ReadReq().setOptions(options));
  const labels: string[] = [];
  call.on('data', (reply: ReadResp) => labels.push(labelOf(reply)));
  call.on('error', () => undefined);
  return {
    labels,
    waitForLabels: async (count) => {
      await eventually(() => labels.length >= count);
      return labels.slice(0, count);
    },
    cancel: () => {
      call.cancel();
      client.close();
    },
  };
};
