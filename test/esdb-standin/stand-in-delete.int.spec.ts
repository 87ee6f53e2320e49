import { StreamDeletedError, StreamNotFoundError, WrongExpectedVersionError } from '@eventstore/db-client';
import { collect, connect, disconnect, failureOf, someEvents, uniqueStream, type Connection } from './stand-in-fixtures';

describe('Streams.Delete and Streams.Tombstone', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await connect();
  });
  afterAll(() => disconnect(connection));

  it('soft-deletes: reads find nothing, and the next append continues the revisions', async () => {
    const stream = uniqueStream('peserta');
    const appended = await connection.client.appendToStream(stream, someEvents(2));
    const { position } = await connection.client.deleteStream(stream, { expectedRevision: 1n });
    expect(position!.commit).toBeGreaterThan(appended.position!.commit);
    expect(position!.prepare).toBe(position!.commit);
    await expect(collect(connection.client.readStream(stream))).rejects.toBeInstanceOf(StreamNotFoundError);
    const again = await connection.client.appendToStream(stream, someEvents(1), { expectedRevision: 'no_stream' });
    expect(again.nextExpectedRevision).toBe(2n);
    const read = await collect(connection.client.readStream(stream));
    expect(read.map((resolved) => resolved.event?.revision)).toEqual([2n]);
  });

  it('reports a delete conflict in trailers the client reads as WrongExpectedVersionError', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, someEvents(2));
    const error = await failureOf(connection.client.deleteStream(stream, { expectedRevision: 5n }));
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(error).toMatchObject({ streamName: stream, expectedVersion: 5n, actualVersion: 1n });
  });

  it('refuses to delete a stream that was never written: actual-version -1', async () => {
    const stream = uniqueStream('peserta');
    const error = await failureOf(connection.client.deleteStream(stream));
    expect(error).toMatchObject({ streamName: stream, expectedVersion: -2n, actualVersion: -1n });
  });

  it('tombstones: every later read, append, delete and tombstone gives StreamDeletedError', async () => {
    const stream = uniqueStream('peserta');
    const appended = await connection.client.appendToStream(stream, someEvents(1));
    const { position } = await connection.client.tombstoneStream(stream, { expectedRevision: 0n });
    expect(position!.commit).toBeGreaterThan(appended.position!.commit);
    const failures = await Promise.all([
      failureOf(collect(connection.client.readStream(stream))),
      failureOf(connection.client.appendToStream(stream, someEvents(1))),
      failureOf(connection.client.deleteStream(stream)),
      failureOf(connection.client.tombstoneStream(stream)),
    ]);
    for (const error of failures) {
      expect(error).toBeInstanceOf(StreamDeletedError);
      expect(error).toMatchObject({ streamName: stream });
    }
  });

  it('reports a tombstone conflict with the numeric expected version (-4 for stream_exists)', async () => {
    const stream = uniqueStream('peserta');
    const error = await failureOf(connection.client.tombstoneStream(stream, { expectedRevision: 'stream_exists' as never }));
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(error).toMatchObject({ streamName: stream, expectedVersion: -4n, actualVersion: -1n });
  });
});
