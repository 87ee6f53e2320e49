import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNTS_FILE_NAME, openPostgresAccountStore, openSqliteAccountStore, type AccountStore } from '@binaan/accounts';
import { binaanEventSchema, binaanStreamPrefixes } from '@binaan/command-handling';
import { createEsdbEventStore } from '@binaan/event-store-esdb';
import { createPostgresKeyStore } from '@binaan/personal-data/postgres';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import { createSqliteKeyStore } from '@binaan/personal-data/sqlite';
import { type EventStore } from '@binaan/event-store';
import { type KeyStore, type MasterKey } from '@binaan/personal-data';
import { createPostgresReadModelStore, createSqliteReadModelStore, type ReadModelStore } from '@binaan/projections';
import type { RuntimeConfig } from './runtime-config';

export const EVENTS_FILE = 'events.db';
export const KEYS_FILE = 'keys.db';
export const READ_MODELS_FILE = 'read-models.db';

export const ensureDataDir = (dataDir: string): void => {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
};

export const openEventStore = (config: RuntimeConfig): EventStore =>
  config.esdbUrl !== undefined
    ? createEsdbEventStore({ connectionString: config.esdbUrl, schema: binaanEventSchema, ownStreamPrefixes: binaanStreamPrefixes })
    : createSqliteEventStore({ path: join(config.dataDir, EVENTS_FILE), schema: binaanEventSchema });

export const openKeyStore = (config: RuntimeConfig, masterKey: MasterKey): Promise<KeyStore> =>
  config.pgUrl !== undefined
    ? createPostgresKeyStore({ pool: config.pgUrl, masterKey })
    : createSqliteKeyStore({ database: join(config.dataDir, KEYS_FILE), masterKey });

export const openReadModelStore = (config: RuntimeConfig): Promise<ReadModelStore> =>
  config.pgUrl !== undefined
    ? createPostgresReadModelStore({ connectionString: config.pgUrl })
    : createSqliteReadModelStore({ filename: join(config.dataDir, READ_MODELS_FILE) });

/** The store the report queries read: the replica when PG_READ_URL is given, else the one the projections write. */
export const openReportReadModelStore = async (config: RuntimeConfig, readModels: ReadModelStore): Promise<ReadModelStore> =>
  config.pgUrl !== undefined && config.pgReadUrl !== undefined
    ? createPostgresReadModelStore({ connectionString: config.pgReadUrl, readOnly: true })
    : readModels;

export type AccountStoreLocation = { readonly kind: 'postgres'; readonly connectionString: string } | { readonly kind: 'sqlite'; readonly path: string };

/**
 * Where staff accounts and web sessions live: with PG_URL, in PostgreSQL beside the read models, so
 * every API process of a deployment shares them (an account disabled through one is refused by all);
 * without it, `accounts.sqlite` in the data folder.
 */
export const accountStoreLocation = (config: Pick<RuntimeConfig, 'dataDir' | 'pgUrl'>): AccountStoreLocation =>
  config.pgUrl !== undefined ? { kind: 'postgres', connectionString: config.pgUrl } : { kind: 'sqlite', path: join(config.dataDir, ACCOUNTS_FILE_NAME) };

/** Opens the account store where `accountStoreLocation` says it lives. */
export const openAccountStore = (config: Pick<RuntimeConfig, 'dataDir' | 'pgUrl'>): Promise<AccountStore> => {
  const where = accountStoreLocation(config);
  return where.kind === 'postgres'
    ? openPostgresAccountStore({ connectionString: where.connectionString })
    : Promise.resolve(openSqliteAccountStore(where.path));
};
