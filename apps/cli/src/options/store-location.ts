import * as path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../cli/user-error';

/**
 * Where the history and the read models live. The data folder always holds the key store, the
 * master key file (unless BINAAN_MASTER_KEY is set) and, without PG_URL, the SQLite read models;
 * with --esdb the events themselves live in EventStoreDB.
 */
export interface StoreLocation {
  readonly dataDir: string;
  readonly esdbUrl?: string;
  readonly pgUrl?: string;
}

export interface StoreOptionValues {
  readonly store: string;
  readonly esdb?: string;
}

export const DEFAULT_STORE = 'sqlite:./data';

export const addStoreOptions = (command: Command): Command =>
  command
    .option('--store <sqlite:PATH>', 'the embedded store: a data folder', DEFAULT_STORE)
    .option('--esdb <URL>', 'read events from EventStoreDB instead, e.g. esdb://localhost:2113?tls=false');

const esdbSchemes = ['esdb:', 'esdb+discover:', 'kurrentdb:', 'kurrentdb+discover:', 'kdb:', 'kdb+discover:'];

const checkEsdbUrl = (url: string): string => {
  if (!esdbSchemes.some((scheme) => url.startsWith(`${scheme}//`))) {
    throw UserError.of('notEsdbUrl', { url });
  }
  return url;
};

export const parseStoreLocation = (
  values: StoreOptionValues,
  env: Readonly<Record<string, string | undefined>>,
): StoreLocation => {
  const store = values.store.startsWith('sqlite:') ? values.store.slice('sqlite:'.length) : values.store;
  if (store.length === 0 || /^[a-z+]+:\/\//i.test(store)) {
    throw UserError.of('notDataFolder', { store: values.store });
  }
  const pgUrl = env['PG_URL'];
  return {
    dataDir: path.resolve(store),
    ...(values.esdb === undefined ? {} : { esdbUrl: checkEsdbUrl(values.esdb) }),
    ...(pgUrl === undefined || pgUrl === '' ? {} : { pgUrl }),
  };
};

/** How reports name the store: the events' home, never a credential (the URL's user info is left out). */
export const describeStore = (location: StoreLocation): string => {
  if (location.esdbUrl === undefined) return `sqlite:${location.dataDir}`;
  return location.esdbUrl.replace(/\/\/[^@/]*@/, '//');
};
