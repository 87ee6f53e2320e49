import { credentials } from '@grpc/grpc-js';
import {
  ErrorType,
  MaxAppendSizeExceededError,
  StreamDeletedError,
  WrongExpectedVersionError,
  binaryEvent,
  jsonEvent,
} from '@eventstore/db-client';
import { ServerFeaturesClient } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import type { SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import type { AdvertisedFeatures, ImitatedServerVersion, StreamsMethod } from './';
import { collect, connect, disconnect, failureOf, someEvents, uniqueStream, type Connection } from './stand-in-fixtures';

const advertisedMethods = async (port: number): Promise<readonly string[]> => {
  const client = new ServerFeaturesClient(`127.0.0.1:${port}`, credentials.createInsecure());
  try {
    const methods = await new Promise<SupportedMethods>((resolve, reject) =>
      client.getSupportedMethods(new Empty(), (error, reply) => (error === null ? resolve(reply) : reject(error))),
    );
    return methods.getMethodsList().map((method) => `${method.getServiceName()}/${method.getMethodName()}`);
  } finally {
    client.close();
  }
};

describe('ServerFeatures.GetSupportedMethods', () => {
  it.each<[AdvertisedFeatures, boolean]>([
    ['all', true],
    ['without-batch-append', false],
  ])('lists the Streams methods (%s)', async (features, withBatchAppend) => {
    const connection = await connect({ features });
    try {
      const methods = await advertisedMethods(connection.standIn.port);
      const streams = ['append', 'read', 'delete', 'tombstone'].map((name) => `event_store.client.streams.streams/${name}`);
      expect(methods).toEqual(expect.arrayContaining(streams));
      expect(methods.includes('event_store.client.streams.streams/batchappend')).toBe(withBatchAppend);
    } finally {
      await disconnect(connection);
    }
  });
});

describe.each<[string, AdvertisedFeatures, StreamsMethod]>([
  ['BatchAppend', 'all', 'batchAppend'],
  ['Append', 'without-batch-append', 'append'],
])('appendToStream through %s', (_label, features, method) => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await connect({ features });
  });
  afterAll(() => disconnect(connection));

  it('writes the events and answers with their revision and position', async () => {
    const stream = uniqueStream('peserta');
    const result = await connection.client.appendToStream(stream, someEvents(2), { expectedRevision: 'no_stream' });
    expect(result).toMatchObject({ success: true, nextExpectedRevision: 1n });
    expect(result.position?.commit).toBe(result.position?.prepare);
    const read = await collect(connection.client.readStream(stream));
    expect(read.map((resolved) => resolved.event?.position?.commit)).toContainEqual(result.position?.commit);
    const calls = connection.standIn.calls();
    expect(calls[method]).toBeGreaterThan(0);
    expect(calls[method === 'append' ? 'batchAppend' : 'append']).toBe(0);
  });

  it('reports a conflict as WrongExpectedVersionError with the expected and actual revisions', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, someEvents(2));
    const wrongRevision = await failureOf(connection.client.appendToStream(stream, someEvents(1), { expectedRevision: 5n }));
    expect(wrongRevision).toBeInstanceOf(WrongExpectedVersionError);
    expect(wrongRevision).toMatchObject({ streamName: stream, expectedVersion: 5n, actualVersion: 1n });
    const notNew = await failureOf(connection.client.appendToStream(stream, someEvents(1), { expectedRevision: 'no_stream' }));
    expect(notNew).toMatchObject({ expectedVersion: 'no_stream', actualVersion: 1n });
    const missing = uniqueStream('peserta');
    const absent = await failureOf(connection.client.appendToStream(missing, someEvents(1), { expectedRevision: 'stream_exists' }));
    expect(absent).toMatchObject({ streamName: missing, expectedVersion: 'stream_exists', actualVersion: 'no_stream' });
  });

  it('treats a repeated append of the same ids as already done', async () => {
    const stream = uniqueStream('peserta');
    const events = someEvents(3);
    const first = await connection.client.appendToStream(stream, events, { expectedRevision: 'no_stream' });
    const repeat = await connection.client.appendToStream(stream, events, { expectedRevision: 'no_stream' });
    expect(repeat).toEqual(first);
    expect(await collect(connection.client.readStream(stream))).toHaveLength(3);
  });

  it('refuses appends to a tombstoned stream with StreamDeletedError', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, someEvents(1));
    await connection.client.tombstoneStream(stream);
    const error = await failureOf(connection.client.appendToStream(stream, someEvents(1)));
    expect(error).toBeInstanceOf(StreamDeletedError);
    expect(error).toMatchObject({ streamName: stream });
  });

  it('refuses more than the maximum append size and writes nothing', async () => {
    const stream = uniqueStream('peserta');
    const large = jsonEvent({ type: 'LampiranDiunggah', data: { text: 'x'.repeat(1_100_000) } });
    const error = await failureOf(connection.client.appendToStream(stream, [large]));
    expect(error).toBeInstanceOf(MaxAppendSizeExceededError);
    expect(error).toMatchObject({ maxAppendSize: 1_048_576 });
    await expect(collect(connection.client.readStream(stream))).rejects.toMatchObject({ type: ErrorType.STREAM_NOT_FOUND });
  });

  it('refuses an append to a system stream other than $$<stream>, as the default ACLs refuse an anonymous caller', async () => {
    const error = await failureOf(connection.client.appendToStream('$stats-127.0.0.1:2113', someEvents(1)));
    expect(error).toMatchObject({ type: ErrorType.ACCESS_DENIED });
  });

  it('refuses an event without a type, naming the missing property, and writes nothing', async () => {
    const stream = uniqueStream('peserta');
    const error = await failureOf(connection.client.appendToStream(stream, [jsonEvent({ type: '', data: {} })]));
    // Append names it in trailers; BatchAppend has no detail type for it and sends BadRequest (UnknownError).
    expect(error).toMatchObject(
      method === 'append'
        ? { type: ErrorType.MISSING_REQUIRED_METADATA_PROPERTY, requiredMetadataProperties: ['type'] }
        : { type: ErrorType.UNKNOWN },
    );
    await expect(collect(connection.client.readStream(stream))).rejects.toMatchObject({ type: ErrorType.STREAM_NOT_FOUND });
  });
});

describe.each<[ImitatedServerVersion, string, StreamsMethod]>([
  ['23.10', 'all', 'batchAppend'],
  ['23.10', 'without-batch-append', 'append'],
  ['24.10', 'all', 'batchAppend'],
  ['24.10', 'without-batch-append', 'append'],
])('the maximum append size of %s (%s)', (version, features) => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await connect({ version, features: features as AdvertisedFeatures });
  });
  afterAll(() => disconnect(connection));

  // 1,048,576 bytes of data alone: within the limit when only data counts (23.10), over it once type counts (24.10.4).
  const dataOfExactlyTheLimit = (): Uint8Array => new Uint8Array(1_048_576 - 2 * Buffer.byteLength('B'));
  const metadataOver = { note: 'x'.repeat(600_000) };

  it('reports the imitated version through ServerFeatures', async () => {
    expect(connection.standIn.version).toBe(version);
  });

  it(`counts ${version === '23.10' ? 'data only' : 'data + metadata + 2 × type'}`, async () => {
    const stream = uniqueStream('berkas');
    const bigMetadata = jsonEvent({ type: 'B', data: { text: 'x'.repeat(600_000) }, metadata: metadataOver });
    const attempt = connection.client.appendToStream(stream, [bigMetadata]);
    if (version === '23.10') {
      await expect(attempt).resolves.toMatchObject({ success: true, nextExpectedRevision: 0n });
    } else {
      expect(await failureOf(attempt)).toBeInstanceOf(MaxAppendSizeExceededError);
    }
    const exact = binaryEvent({ type: 'B', data: dataOfExactlyTheLimit() });
    await expect(connection.client.appendToStream(uniqueStream('berkas'), [exact])).resolves.toMatchObject({ success: true });
    const oneMore = binaryEvent({ type: 'BB', data: dataOfExactlyTheLimit() });
    const overByType = connection.client.appendToStream(uniqueStream('berkas'), [oneMore]);
    if (version === '23.10') {
      await expect(overByType).resolves.toMatchObject({ success: true });
    } else {
      expect(await failureOf(overByType)).toBeInstanceOf(MaxAppendSizeExceededError);
    }
  });
});

describe('deadlines', () => {
  it('fails a batch whose deadline passes before it is written with DeadlineExceeded, and writes nothing', async () => {
    const connection = await connect({ features: 'all' });
    try {
      const stream = uniqueStream('peserta');
      connection.standIn.delayAppends(300);
      const error = await failureOf(connection.client.appendToStream(stream, someEvents(1), { deadline: 100 }));
      expect(error).toMatchObject({ type: ErrorType.DEADLINE_EXCEEDED });
      connection.standIn.delayAppends(0);
      await expect(collect(connection.client.readStream(stream))).rejects.toMatchObject({ type: ErrorType.STREAM_NOT_FOUND });
      await expect(connection.client.appendToStream(stream, someEvents(1), { deadline: 1_000 })).resolves.toMatchObject({ success: true });
    } finally {
      await disconnect(connection);
    }
  });

  it('lets a slow append within its deadline succeed', async () => {
    const connection = await connect({ features: 'all' });
    try {
      connection.standIn.delayAppends(100);
      await expect(connection.client.appendToStream(uniqueStream('peserta'), someEvents(1), { deadline: 2_000 })).resolves.toMatchObject({
        success: true,
      });
    } finally {
      await disconnect(connection);
    }
  });

  it('gives Append (client-streaming) DEADLINE_EXCEEDED from gRPC itself', async () => {
    const connection = await connect({ features: 'without-batch-append' });
    try {
      connection.standIn.delayAppends(300);
      const error = await failureOf(connection.client.appendToStream(uniqueStream('peserta'), someEvents(1), { deadline: 100 }));
      expect(error).toMatchObject({ type: ErrorType.DEADLINE_EXCEEDED });
    } finally {
      await disconnect(connection);
    }
  });
});

describe('how the client picks Append', () => {
  it('uses Append when credentials are given with the call, even with BatchAppend advertised', async () => {
    const connection = await connect({ features: 'all' });
    try {
      const credentialsPerCall = { username: 'admin', password: 'changeit' };
      await connection.client.appendToStream(uniqueStream('peserta'), someEvents(1), { credentials: credentialsPerCall });
      expect(connection.standIn.calls()).toMatchObject({ append: 1, batchAppend: 0 });
    } finally {
      await disconnect(connection);
    }
  });

  it('falls back to Append when ServerFeatures is unimplemented', async () => {
    const connection = await connect({ features: 'none' });
    try {
      await connection.client.appendToStream(uniqueStream('peserta'), someEvents(1));
      expect(connection.standIn.calls()).toMatchObject({ append: 1, batchAppend: 0 });
    } finally {
      await disconnect(connection);
    }
  });

  it('reports the current revision of a conflict in the current fields (throwOnAppendFailure=false)', async () => {
    const connection = await connect({ features: 'without-batch-append' }, '&throwOnAppendFailure=false');
    try {
      const stream = uniqueStream('peserta');
      await connection.client.appendToStream(stream, someEvents(4));
      const result = await connection.client.appendToStream(stream, someEvents(1), { expectedRevision: 1n });
      expect(result).toEqual({ success: false, nextExpectedRevision: 3n, position: undefined });
    } finally {
      await disconnect(connection);
    }
  });
});
