import {
  BACKWARDS,
  END,
  type DeleteResult,
  type EventStoreDBClient,
  type ExpectedRevision as ClientExpectedRevision,
} from '@eventstore/db-client';
import { StreamDeletedError, StreamNotFoundError, WrongExpectedVersionError, InvalidArgumentError } from '@binaan/event-store';
import type { DeleteOptions } from '@binaan/event-store';
import { checkStreamNameToRead } from '@binaan/event-store/adapter-kit';
import { validateExpectedRevision } from '@binaan/event-store/adapter-kit';
import { rethrowAsPortError, toPortError } from './client-errors';
import { toClientExpectedRevision } from './client-options';
import { iterateClientRead } from './client-read';

/** A soft delete leaves `$tb` = long.MaxValue in the stream's metadata; JSON numbers lose the last digits. */
const SOFT_DELETED_TRUNCATE_BEFORE = Number.MAX_SAFE_INTEGER;
/** Concurrent appends between reading the revision and deleting; after these many the conflict stands. */
const STREAM_EXISTS_ATTEMPTS = 3;

const positionOf = (result: DeleteResult, streamName: string): { position: bigint } => {
  if (result.position === undefined) {
    throw new Error(`delete of ${streamName}: the server sent no position`);
  }
  return { position: result.position.commit };
};

const lastRevisionOf = async (client: EventStoreDBClient, streamName: string): Promise<bigint | undefined> => {
  const read = client.readStream(streamName, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
  try {
    for await (const resolved of iterateClientRead(read, { streamName })) {
      return resolved.event?.revision;
    }
    return undefined;
  } catch (error) {
    if (error instanceof StreamNotFoundError) {
      return undefined;
    }
    throw error;
  }
};

const isSoftDeleted = async (client: EventStoreDBClient, streamName: string): Promise<boolean> => {
  const { metadata } = await client.getStreamMetadata(streamName);
  return typeof metadata?.truncateBefore === 'number' && metadata.truncateBefore >= SOFT_DELETED_TRUNCATE_BEFORE;
};

/**
 * The 6.x client cannot send `stream_exists` with a soft delete (it fails to serialise), so the
 * adapter reads the last revision and deletes with that. As EventStoreDB decides: a missing stream is
 * a conflict, a soft-deleted one (its metadata holds the deletion `$tb`) gives StreamDeletedError.
 */
const deleteExistingStream = async (client: EventStoreDBClient, streamName: string, attempt = 1): Promise<DeleteResult> => {
  const lastRevision = await lastRevisionOf(client, streamName);
  if (lastRevision === undefined) {
    if (await isSoftDeleted(client, streamName)) {
      throw new StreamDeletedError(streamName);
    }
    throw new WrongExpectedVersionError(streamName, 'stream_exists', 'no_stream');
  }
  try {
    return await client.deleteStream(streamName, { expectedRevision: lastRevision });
  } catch (error) {
    const portError = toPortError(error, { streamName, expectedRevision: 'stream_exists' });
    if (portError instanceof WrongExpectedVersionError && attempt < STREAM_EXISTS_ATTEMPTS) {
      return deleteExistingStream(client, streamName, attempt + 1);
    }
    throw portError;
  }
};

export const deleteThroughClient =
  (client: EventStoreDBClient) =>
  async (streamName: string, options?: DeleteOptions): Promise<{ position: bigint }> => {
    const name = checkStreamNameToRead(streamName);
    const expectedRevision = validateExpectedRevision(options?.expectedRevision, 'options.expectedRevision', InvalidArgumentError);
    if (expectedRevision === 'stream_exists') {
      return positionOf(await deleteExistingStream(client, name), name);
    }
    const result = await client
      .deleteStream(name, { expectedRevision })
      .catch(rethrowAsPortError({ streamName: name, expectedRevision }));
    return positionOf(result, name);
  };

export const tombstoneThroughClient =
  (client: EventStoreDBClient) =>
  async (streamName: string, options?: DeleteOptions): Promise<{ position: bigint }> => {
    const name = checkStreamNameToRead(streamName);
    const expectedRevision = validateExpectedRevision(options?.expectedRevision, 'options.expectedRevision', InvalidArgumentError);
    // The 6.x typings leave out stream_exists for tombstones, but the client sends it (unlike for deletes).
    const clientExpected = toClientExpectedRevision(expectedRevision) as ClientExpectedRevision;
    const result = await client
      .tombstoneStream(name, { expectedRevision: clientExpected })
      .catch(rethrowAsPortError({ streamName: name, expectedRevision }));
    return positionOf(result, name);
  };
