import type { StreamingRead } from '@eventstore/db-client';
import { toPortError, type FailedCall } from './client-errors';

/**
 * Iterates a client read, turning its errors into the port's. Leaving early cancels the gRPC call:
 * destroying the client's stream alone would leave the server's call open until the client is disposed.
 */
export async function* iterateClientRead<E>(read: StreamingRead<E>, call: FailedCall): AsyncGenerator<E> {
  let finished = false;
  try {
    for await (const item of read) {
      yield item;
    }
    finished = true;
  } catch (error) {
    finished = true;
    throw toPortError(error, call);
  } finally {
    if (!finished) {
      await read.cancel();
    }
  }
}
