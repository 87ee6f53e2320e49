import type { handleServerStreamingCall } from '@grpc/grpc-js';
import type { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { MemoryEventStore } from '@binaan/event-store';
import type { CallLedger } from './call-ledger';
import { readAll } from './read-all';
import { readSinkOf, type ReadSink } from './read-sink';
import { readStream } from './read-stream';
import type { StopSignal } from './stop-signal';
import { subscribeToAll } from './subscribe-all';
import { subscribeToStream } from './subscribe-stream';
import { streamNameOf } from './wire-codec';
import { shuttingDownError, toServiceError, WireRequestError } from './wire-errors';

/** Stream or $all, count or subscription. */
const respond = (store: MemoryEventStore, options: ReadReq.Options | undefined, sink: ReadSink): Promise<void> => {
  const all = options?.getAll();
  const stream = options?.getStream();
  if (options !== undefined && all !== undefined) {
    return options.hasSubscription() ? subscribeToAll(store, options, all, sink) : readAll(store, options, all, sink);
  }
  if (options !== undefined && stream !== undefined) {
    return options.hasSubscription() ? subscribeToStream(store, stream, sink) : readStream(store, options, stream, sink);
  }
  return Promise.reject(new WireRequestError('options: a stream or $all is required'));
};

/** Streams.Read: stream or $all, count or subscription; errors end the call with a status and trailers. */
export const readHandler =
  (store: MemoryEventStore, lifetime: StopSignal, ledger: CallLedger): handleServerStreamingCall<ReadReq, ReadResp> =>
  (call) => {
    const sink = readSinkOf(call, lifetime);
    const options = call.request.getOptions();
    const streamName = options?.hasAll() ? '$all' : streamNameOf(options?.getStream()?.getStreamIdentifier());
    const reading = respond(store, options, sink);
    const stopListening = lifetime.onStop(() => call.emit('error', shuttingDownError()));
    const subscriptionClosed = options?.hasSubscription() ? ledger.subscriptionOpened() : () => undefined;
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
