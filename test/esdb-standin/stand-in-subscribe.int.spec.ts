import { ErrorType, StreamDeletedError, streamNameFilter, type Position } from '@eventstore/db-client';
import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import { rawSubscribeToAll } from './raw-read';
import { collect, connect, disconnect, eventually, failureOf, someEvents, uniqueStream, type Connection } from './stand-in-fixtures';
import { toWirePosition } from './wire-position';

/** The wire position of the store's n-th record (positions are spread out as log offsets). */
const at = (n: number): string => toWirePosition(BigInt(n)).toString();

describe('Streams.Read: a filtered subscription as 23.10 sends it', () => {
  it('has no checkpoint just before caught_up (24.x added it)', async () => {
    const connection = await connect({ version: '23.10' });
    const wanted = uniqueStream('kelas');
    await connection.client.appendToStream(wanted, someEvents(3, 'Hadir'));
    await connection.client.appendToStream(uniqueStream('lain'), someEvents(2, 'Lain'));
    const subscription = rawSubscribeToAll(connection.standIn.port, (options) => {
      const expression = new ReadReq.Options.FilterOptions.Expression().setPrefixList([wanted]);
      options.setFilter(new ReadReq.Options.FilterOptions().setStreamIdentifier(expression).setMax(2).setCheckpointintervalmultiplier(1));
    });
    try {
      expect(await subscription.waitForLabels(7)).toEqual([
        'confirmation',
        `Hadir@${at(1)}`,
        `Hadir@${at(2)}`,
        `checkpoint@${at(2)}`,
        `Hadir@${at(3)}`,
        `checkpoint@${at(4)}`,
        'caughtUp',
      ]);
    } finally {
      subscription.cancel();
      await disconnect(connection);
    }
  });
});

describe('Streams.Read: subscriptions, message by message', () => {
  let connection: Connection;
  beforeEach(async () => {
    connection = await connect();
  });
  afterEach(() => disconnect(connection));

  it('sends confirmation, the catch-up events, caught_up once, then live events; system records included', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, someEvents(2, 'Terdaftar'));
    await connection.client.deleteStream(stream);
    const subscription = rawSubscribeToAll(connection.standIn.port);
    try {
      expect(await subscription.waitForLabels(5)).toEqual(['confirmation', `Terdaftar@${at(1)}`, `Terdaftar@${at(2)}`, `$metadata@${at(3)}`, 'caughtUp']);
      // Appending to a soft-deleted stream also writes its new $tb to the metastream.
      await connection.client.appendToStream(stream, someEvents(1, 'Dilepas'));
      expect(await subscription.waitForLabels(7)).toEqual([
        'confirmation',
        `Terdaftar@${at(1)}`,
        `Terdaftar@${at(2)}`,
        `$metadata@${at(3)}`,
        'caughtUp',
        `Dilepas@${at(4)}`,
        `$metadata@${at(5)}`,
      ]);
    } finally {
      subscription.cancel();
    }
  });

  it('filtered, sends a checkpoint every max × multiplier records scanned and one just before caught_up', async () => {
    const wanted = uniqueStream('kelas');
    const other = uniqueStream('lain');
    await connection.client.appendToStream(wanted, someEvents(3, 'Hadir'));
    await connection.client.appendToStream(other, someEvents(2, 'Lain'));
    const subscription = rawSubscribeToAll(connection.standIn.port, (options) => {
      const expression = new ReadReq.Options.FilterOptions.Expression().setPrefixList([wanted]);
      options.setFilter(new ReadReq.Options.FilterOptions().setStreamIdentifier(expression).setMax(2).setCheckpointintervalmultiplier(1));
    });
    try {
      const catchUp = ['confirmation', `Hadir@${at(1)}`, `Hadir@${at(2)}`, `checkpoint@${at(2)}`, `Hadir@${at(3)}`, `checkpoint@${at(4)}`, `checkpoint@${at(5)}`, 'caughtUp'];
      expect(await subscription.waitForLabels(8)).toEqual(catchUp);
      await connection.client.appendToStream(wanted, someEvents(1, 'Hadir'));
      await connection.client.appendToStream(other, someEvents(1, 'Lain'));
      await connection.client.appendToStream(wanted, someEvents(1, 'Hadir'));
      expect(await subscription.waitForLabels(12)).toEqual([...catchUp, `Hadir@${at(6)}`, `checkpoint@${at(6)}`, `Hadir@${at(8)}`, `checkpoint@${at(8)}`]);
    } finally {
      subscription.cancel();
    }
  });
});

describe('Streams.Read: subscriptions through the client', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await connect();
  });
  afterAll(() => disconnect(connection));

  it('subscribeToStream: confirmation, catch-up after the given revision, caughtUp, live events', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, someEvents(3));
    const subscription = connection.client.subscribeToStream(stream, { fromRevision: 0n });
    const signals: string[] = [];
    subscription.on('confirmation', () => signals.push('confirmation'));
    subscription.on('caughtUp', () => signals.push('caughtUp'));
    const revisions: bigint[] = [];
    subscription.on('data', (resolved: { readonly event?: { readonly revision: bigint } }) => revisions.push(resolved.event!.revision));
    try {
      await eventually(() => signals.includes('caughtUp'));
      await connection.client.appendToStream(stream, someEvents(1));
      await eventually(() => revisions.length === 3);
      expect(revisions).toEqual([1n, 2n, 3n]);
      expect(signals).toEqual(['confirmation', 'caughtUp']);
    } finally {
      await subscription.unsubscribe();
    }
  });

  it('fails a subscription to a tombstoned stream with stream-deleted, unconfirmed', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, someEvents(1));
    await connection.client.tombstoneStream(stream);
    const subscription = connection.client.subscribeToStream(stream);
    let confirmed = false;
    subscription.on('confirmation', () => (confirmed = true));
    const error = await failureOf(new Promise((_, reject) => subscription.on('error', reject)));
    expect(error).toBeInstanceOf(StreamDeletedError);
    expect(confirmed).toBe(false);
  });

  it('sends $streamDeleted, then fails, when the stream is tombstoned mid-subscription', async () => {
    const stream = uniqueStream('peserta');
    await connection.client.appendToStream(stream, someEvents(1));
    const subscription = connection.client.subscribeToStream(stream);
    const types: string[] = [];
    subscription.on('data', (resolved: { readonly event?: { readonly type: string } }) => types.push(resolved.event!.type));
    const failure = failureOf(new Promise((_, reject) => subscription.on('error', reject)));
    await eventually(() => types.length === 1);
    await connection.client.tombstoneStream(stream);
    expect(await failure).toMatchObject({ type: ErrorType.STREAM_DELETED });
    expect(types).toEqual(['SesiPelatihanDicatat', '$streamDeleted']);
  });

  it('subscribeToAll: starts after the given position and reports checkpoints to checkpointReached', async () => {
    const prefix = uniqueStream('kelas');
    await connection.client.appendToStream(`${prefix}-a`, someEvents(3));
    const checkpoints: Position[] = [];
    const [firstEvent] = await collect(connection.client.readStream(`${prefix}-a`, { maxCount: 1 }));
    const first = firstEvent!.event!.position!.commit;
    const subscription = connection.client.subscribeToAll({
      fromPosition: { commit: first, prepare: first },
      filter: streamNameFilter({ prefixes: [prefix], maxSearchWindow: 1, checkpointReached: (_s, position) => void checkpoints.push(position) }),
    });
    const revisions: bigint[] = [];
    subscription.on('data', (resolved: { readonly event?: { readonly revision: bigint } }) => revisions.push(resolved.event!.revision));
    try {
      await eventually(() => revisions.length === 2 && checkpoints.length > 0);
      expect(revisions).toEqual([1n, 2n]);
      expect(checkpoints.every((position) => position.commit === position.prepare && position.commit > first)).toBe(true);
    } finally {
      await subscription.unsubscribe();
    }
  });

  it('drops its listener on the store when the client unsubscribes', async () => {
    const subscription = connection.client.subscribeToAll({ fromPosition: 'end' });
    await new Promise((resolve) => subscription.once('confirmation', resolve));
    expect(connection.standIn.openSubscriptions()).toBe(1);
    await subscription.unsubscribe();
    await eventually(() => connection.standIn.openSubscriptions() === 0);
  });
});
