import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** PG_URL or the local server. Unreachable PostgreSQL fails the suite (CI=true or not): never skipped. */
export const pgUrl = process.env['PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A schema per test file run, so parallel runs never meet. */
export const uniqueSchemaName = (label: string): string => `cross_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;

export const dropSchema = async (schema: string): Promise<void> => {
  const client = new Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
};

export interface ScratchDatabase {
  readonly url: string;
  readonly drop: () => Promise<void>;
}

const sessionsIn = async (admin: Client, name: string): Promise<number> =>
  Number((await admin.query<{ n: string }>('select count(*) as n from pg_stat_activity where datname = $1', [name])).rows[0]?.n ?? 0);

/**
 * A database of its own, for code that keeps its tables in `public`. Dropping it waits (up to 10 s) for
 * the sessions its owner closed to be gone first: a pg pool's `end()` resolves before its sockets have
 * said goodbye, and a forced drop at that moment kills a closing session, whose client then raises
 * "terminating connection due to administrator command" in the test that already finished with it.
 */
export const createScratchDatabase = async (label: string): Promise<ScratchDatabase> => {
  const name = `binaan_${label}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: pgUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: Object.assign(new URL(pgUrl), { pathname: `/${name}` }).toString(),
    drop: async () => {
      const client = new Client({ connectionString: pgUrl });
      await client.connect();
      try {
        for (let waited = 0; waited < 10_000 && (await sessionsIn(client, name)) > 0; waited += 50) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
};
