import type { handleServerStreamingCall } from '@grpc/grpc-js';
import { ReadReq, type ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { MemoryEventStore, RecordedEvent } from '@binaan/event-store';
import { linkTargetOf } from './link-resolution';
import type { EventMessages } from './read-messages';
import type { StandInSettings } from './stand-in-settings';
import type { AllSubscriptionStart, CallLedger } from './call-ledger';
import { readAll } from './read-all';
import { readSinkOf, type ReadSink } from './read-sink';
import { readStream } from './read-stream';
import type { StopSignal } from './stop-signal';
import { subscribeToAll } from './subscribe-all';
import { subscribeToStream } from './subscribe-stream';
import { readEventMessage, streamNameOf } from './wire-codec';
import { shuttingDownError, toServiceError, WireRequestError } from './wire-errors';

/** How the events of one Read go out: `$>` records resolved to their targets when the client asked. */
const eventMessages = (store: MemoryEventStore, settings: StandInSettings, options: ReadReq.Options): EventMessages => {
  const resolve = (link: RecordedEvent) => linkTargetOf(store, link, settings.clock());
  return options.getResolveLinks() ? (record) => readEventMessage(record, resolve) : (record) => readEventMessage(record);
};

const { AllOptionCase } = ReadReq.Options.AllOptions;

/** Where a subscription to $all asked to begin, as the client sent it. */
const allSubscriptionStartOf = (all: ReadReq.Options.AllOptions): AllSubscriptionStart => {
  switch (all.getAllOptionCase()) {
    case AllOptionCase.POSITION:
      return BigInt(all.getPosition()?.getCommitPosition() ?? '0');
    case AllOptionCase.END:
      return 'end';
    default:
      return 'start';
  }
};

/** Stream or $all, count or subscription. */
const respond = (store: MemoryEventStore, settings: StandInSettings, options: ReadReq.Options | undefined, sink: ReadSink): Promise<void> => {
  const all = options?.getAll();
  const stream = options?.getStream();
  if (options !== undefined && all !== undefined) {
    const messages = eventMessages(store, settings, options);
    return options.hasSubscription() ? subscribeToAll(store, options, all, sink, messages, settings.version) : readAll(store, options, all, sink, messages);
  }
  if (options !== undefined && stream !== undefined) {
    const messages = eventMessages(store, settings, options);
    return options.hasSubscription()
      ? subscribeToStream(store, stream, sink, messages, settings.clock())
      : readStream(store, options, stream, sink, messages, settings.clock());
  }
  return Promise.reject(new WireRequestError('options: a stream or $all is required'));
};

/** Streams.Read: stream or $all, count or subscription; errors end the call with a status and trailers. */
export const readHandler =
  (store: MemoryEventStore, settings: StandInSettings, lifetime: StopSignal, ledger: CallLedger): handleServerStreamingCall<ReadReq, ReadResp> =>
  (call) => {
    const sink = readSinkOf(call, lifetime);
    const options = call.request.getOptions();
    const streamName = options?.hasAll() ? '$all' : streamNameOf(options?.getStream()?.getStreamIdentifier());
    const reading = respond(store, settings, options, sink);
    const stopListening = lifetime.onStop(() => call.emit('error', shuttingDownError()));
    const subscriptionClosed = options?.hasSubscription() ? ledger.subscriptionOpened() : () => undefined;
    const all = options?.hasSubscription() ? options.getAll() : undefined;
    if (all !== undefined) ledger.allSubscriptionStarted(allSubscriptionStartOf(all));
    reading
      .then(
        () => {
          if (!sink.gone()) {
            call.end();
          }
        },
        (error: unknown) => {
          if (!sink.gone()) {
            call.emit('error', toServiceError(error, streamName));
          }
        },
      )
      .finally(() => {
        stopListening();
        subscriptionClosed();
      });
  };
