import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, jsonEvent, type EventData } from '@eventstore/db-client';
import { startEsdbStandIn, type EsdbStandIn, type EsdbStandInOptions } from './';

/** Test helpers for driving the stand-in with the real `@eventstore/db-client`. */

export interface Connection {
  readonly standIn: EsdbStandIn;
  readonly client: EventStoreDBClient;
}

export const connect = async (options?: EsdbStandInOptions, query = ''): Promise<Connection> => {
  const standIn = await startEsdbStandIn(options);
  return { standIn, client: EventStoreDBClient.connectionString(`${standIn.connectionString}${query}`) };
};

export const disconnect = async ({ standIn, client }: Connection): Promise<void> => {
  await client.dispose();
  await standIn.stop();
};

export const uniqueStream = (label: string): string => `${label}-${randomUUID()}`;

export const someEvents = (count: number, type = 'SesiPelatihanDicatat'): EventData[] =>
  Array.from({ length: count }, (_, n) => jsonEvent({ type, data: { n } }));

export const collect = async <T>(items: AsyncIterable<T>): Promise<readonly T[]> => {
  const collected: T[] = [];
  for await (const item of items) {
    collected.push(item);
  }
  return collected;
};

/** The error a promise rejects with; fails the test if it resolves. */
export const failureOf = async (attempt: Promise<unknown>): Promise<unknown> =>
  attempt.then(
    (value) => {
      throw new Error(`expected a failure, got ${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`);
    },
    (error: unknown) => error,
  );

/** Polls until `check` holds, so server-side effects of a client action can be awaited. */
export const eventually = async (check: () => boolean, timeoutMs = 2_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`condition not met within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
