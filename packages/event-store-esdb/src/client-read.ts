import type { StreamingRead } from '@eventstore/db-client';
import { toPortError, type FailedCall } from './client-errors';

/**
 * Iterates a client read, turning its errors into the port's. Leaving early cancels the gRPC call and
 * lets the rest flow away: a call the server has already completed ignores the cancel, and its stream
 * only ends (so `client.dispose()` can finish) once everything buffered has been read.
 */
export async function* iterateClientRead<E>(read: StreamingRead<E>, call: FailedCall): AsyncGenerator<E> {
  let finished = false;
  try {
    for await (const item of read.iterator({ destroyOnReturn: false })) {
      yield item as E;
    }
    finished = true;
  } catch (error) {
    finished = true;
    throw toPortError(error, call);
  } finally {
    if (!finished) {
      await read.cancel();
      read.resume();
    }
  }
}
