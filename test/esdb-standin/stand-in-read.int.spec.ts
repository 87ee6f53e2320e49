import { BACKWARDS, END, ErrorType, StreamDeletedError, StreamNotFoundError, jsonEvent } from '@eventstore/db-client';
import { collect, connect, disconnect, failureOf, someEvents, uniqueStream, type Connection } from './stand-in-fixtures';

describe('Streams.Read: count reads', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await connect();
  });
  afterAll(() => disconnect(connection));

  const revisionsOf = (events: readonly { readonly event?: { readonly revision: bigint } }[]): readonly bigint[] =>
    events.map((resolved) => resolved.event!.revision);

  it('reads a stream forwards from a revision (inclusive) and backwards from the end, with a max count', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, someEvents(4));
    expect(revisionsOf(await collect(connection.client.readStream(stream, { fromRevision: 1n, maxCount: 2 })))).toEqual([1n, 2n]);
    const newestFirst = await collect(connection.client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 3 }));
    expect(revisionsOf(newestFirst)).toEqual([3n, 2n, 1n]);
  });

  it('sends each event with its type, JSON data and metadata, created time and commit = prepare position', async () => {
    const stream = uniqueStream('peserta');
    const before = Date.now();
    const event = jsonEvent({ type: 'ModulDimulai', data: { modul: 'sulam-dasar' }, metadata: { pelaku: 'penilai-1' } });
    await connection.client.appendToStream(stream, [event]);
    const [read] = await collect(connection.client.readStream(stream));
    expect(read?.event).toMatchObject({
      id: event.id,
      streamId: stream,
      revision: 0n,
      type: 'ModulDimulai',
      isJson: true,
      data: { modul: 'sulam-dasar' },
      metadata: { pelaku: 'penilai-1' },
    });
    expect(read?.event?.created.getTime()).toBeGreaterThanOrEqual(before);
    expect(read?.event?.created.getTime()).toBeLessThanOrEqual(Date.now());
    expect(read?.event?.position?.commit).toBe(read?.event?.position?.prepare);
    expect(read?.commitPosition).toBe(read?.event?.position?.commit);
  });

  it('answers a missing stream with stream_not_found, which the client raises as StreamNotFoundError', async () => {
    const stream = uniqueStream('peserta');
    const error = await failureOf(collect(connection.client.readStream(stream)));
    expect(error).toBeInstanceOf(StreamNotFoundError);
    expect(error).toMatchObject({ streamName: stream });
  });

  it('hides a soft-deleted stream and shows the $tb it left in the metastream', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, someEvents(2));
    await connection.client.deleteStream(stream);
    await expect(collect(connection.client.readStream(stream))).rejects.toBeInstanceOf(StreamNotFoundError);
    const { metadata } = await connection.client.getStreamMetadata(stream);
    expect(metadata?.truncateBefore).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
  });

  it('fails reads of a tombstoned stream, and of its metastream, with stream-deleted', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, someEvents(1));
    await connection.client.tombstoneStream(stream);
    const error = await failureOf(collect(connection.client.readStream(stream)));
    expect(error).toBeInstanceOf(StreamDeletedError);
    expect(error).toMatchObject({ streamName: stream });
    await expect(collect(connection.client.readStream(`$$${stream}`))).rejects.toMatchObject({ type: ErrorType.STREAM_DELETED });
  });

  it('percent-encodes a non-ASCII stream name in the trailer, which must be ASCII', async () => {
    const stream = uniqueStream('peserta-ñ');
    await connection.client.appendToStream(stream, someEvents(1));
    await connection.client.tombstoneStream(stream);
    const error = await failureOf(collect(connection.client.readStream(stream)));
    expect(error).toBeInstanceOf(StreamDeletedError);
    expect(error).toMatchObject({ streamName: encodeURIComponent(stream) });
  });

  it('reads $all forwards from a position inclusive and backwards from it exclusive', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, someEvents(3));
    const [, middle] = await collect(connection.client.readStream(stream));
    const from = middle!.event!.position!;
    const forwards = await collect(connection.client.readAll({ fromPosition: from, maxCount: 2 }));
    expect(forwards.map((resolved) => resolved.event?.revision)).toEqual([1n, 2n]);
    const backwards = await collect(connection.client.readAll({ fromPosition: from, direction: BACKWARDS, maxCount: 1 }));
    expect(backwards.map((resolved) => [resolved.event?.streamId, resolved.event?.revision])).toEqual([[stream, 0n]]);
  });

  it('gives positions with gaps, as log offsets, and reads from an offset between two events as a server does', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, someEvents(3));
    const commits = (await collect(connection.client.readStream(stream))).map((resolved) => resolved.event!.position!.commit);
    expect(commits[1]! - commits[0]!).toBeGreaterThan(1n);
    const between = { commit: commits[0]! + 1n, prepare: commits[0]! + 1n };
    const forwards = await collect(connection.client.readAll({ fromPosition: between, maxCount: 2 }));
    expect(forwards.map((resolved) => resolved.event?.revision)).toEqual([1n, 2n]);
    const backwards = await collect(connection.client.readAll({ fromPosition: between, direction: BACKWARDS, maxCount: 1 }));
    expect(backwards.map((resolved) => resolved.event?.revision)).toEqual([0n]);
  });

  it('includes the system records of deletes in $all: $metadata for a soft delete, $streamDeleted for a tombstone', async () => {
    const softDeleted = uniqueStream('peserta');
    const tombstoned = uniqueStream('peserta');
    await connection.client.appendToStream(softDeleted, someEvents(1));
    await connection.client.appendToStream(tombstoned, someEvents(1));
    await connection.client.deleteStream(softDeleted);
    await connection.client.tombstoneStream(tombstoned);
    const latest = await collect(connection.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 2 }));
    expect(latest.map((resolved) => [resolved.event?.streamId, resolved.event?.type])).toEqual([
      [tombstoned, '$streamDeleted'],
      [`$$${softDeleted}`, '$metadata'],
    ]);
    expect(latest[0]?.event?.revision).toBe(9_223_372_036_854_775_807n);
  });
});
