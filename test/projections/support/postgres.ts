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
