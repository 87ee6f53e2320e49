import type { ServerWritableStream } from '@grpc/grpc-js';
import type { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { StopSignal } from './stop-signal';

/** Where a Read call's replies go; `send` waits while the client is slow (HTTP/2 flow control). */
export interface ReadSink {
  /** The client cancelled, or the stand-in is stopping. */
  gone(): boolean;
  onGone(listener: () => void): () => void;
  send(message: ReadResp): Promise<void>;
}

export const readSinkOf = (call: ServerWritableStream<ReadReq, ReadResp>, lifetime: StopSignal): ReadSink => {
  const gone = (): boolean => call.cancelled || lifetime.stopped();
  const onGone = (listener: () => void): (() => void) => {
    call.once('cancelled', listener);
    const stopListening = lifetime.onStop(listener);
    return () => {
      call.off('cancelled', listener);
      stopListening();
    };
  };
  return {
    gone,
    onGone,
    send: async (message) => {
      if (gone() || call.write(message)) {
        return;
      }
      await new Promise<void>((resolve) => {
        const done = (): void => {
          call.off('drain', done);
          stopWaiting();
          resolve();
        };
        const stopWaiting = onGone(done);
        call.once('drain', done);
      });
    },
  };
};
