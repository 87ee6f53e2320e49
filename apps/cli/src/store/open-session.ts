import * as fs from 'node:fs';
import * as path from 'node:path';
import { binaanStreamPrefixes } from '@binaan/command-handling';
import { anyJsonEvent, type EventStore, type SkippedRecords } from '@binaan/event-store';
import { createEsdbEventStore } from '@binaan/event-store-esdb';
import { openStoredEventRows, UnknownSchemaVersionError, type StoredEventRows } from '@binaan/event-store-sqlite';
import { portEventSource, storedRowsSource, type StoredEventSource } from '@binaan/integrity';
import { MASTER_KEY_FILE_NAME, MASTER_KEY_VARIABLE } from '@binaan/personal-data';
import type { ReadModelStore } from '@binaan/projections';
import { createRuntime, EVENTS_FILE, openEventStore, openReadModelStore, type BinaanRuntime, type RuntimeConfig } from '@binaan/runtime';
import { UserError } from '../cli/user-error';
import type { StoreLocation } from '../options/store-location';

/**
 * What a command may use, each part opened on first use and closed by `close`. Reading commands
 * use the parts that need no master key: an auditor's copy of a store must verify, replay and
 * export without the key, and must never have a new key written into it. Commands that need the
 * key (demo, projections, export --include-personal) use the shared runtime.
 */
export interface StoreSession {
  readonly location: StoreLocation;
  /** Events read through the domain's schema: older versions upcast. */
  readonly events: () => EventStore;
  /** Events exactly as stored, for verification: the SQLite file read-only, or EventStoreDB without upcasting. */
  readonly storedEvents: () => StoredEventSource;
  /**
   * On EventStoreDB, what the reads so far passed over in `$all` as not Binaan's: the server's own
   * records, links, and other applications' streams. Undefined on SQLite, which holds Binaan's events only.
   */
  readonly otherRecordsSeen: () => SkippedRecords | undefined;
  readonly readModels: () => Promise<ReadModelStore>;
  readonly hasMasterKey: () => boolean;
  /**
   * The runtime `npm start` uses, projections not started; `clock` dates what it records. It needs
   * the master key, and only a new store (`newStore`) may have one created for it.
   */
  readonly runtime: (options?: { readonly clock?: () => Date; readonly newStore?: boolean }) => Promise<BinaanRuntime>;
  readonly close: () => Promise<void>;
}

/** The SQLite file read-only, as stored; a file of an unknown version is the user's to sort out. */
const openStoredRows = (file: string): StoredEventRows => {
  try {
    return openStoredEventRows(file);
  } catch (error) {
    if (error instanceof UnknownSchemaVersionError) {
      throw new UserError(error.message, 'Use the binaan that came with the version of Binaan that wrote the store');
    }
    throw error;
  }
};

const once = <T>(open: () => T) => {
  let opened: { readonly value: T } | undefined;
  return { get: (): T => (opened ??= { value: open() }).value, opened: (): T | undefined => opened?.value };
};

export const configFor = (location: StoreLocation, env: Readonly<Record<string, string | undefined>>): RuntimeConfig => ({
  dataDir: location.dataDir,
  ...(location.esdbUrl === undefined ? {} : { esdbUrl: location.esdbUrl }),
  ...(location.pgUrl === undefined ? {} : { pgUrl: location.pgUrl }),
  projections: 'off',
  env,
});

export const openSession = (location: StoreLocation, env: Readonly<Record<string, string | undefined>>): StoreSession => {
  const config = configFor(location, env);
  const events = once(() => openEventStore(config));
  const esdbAsStored = once(() =>
    createEsdbEventStore({ connectionString: location.esdbUrl ?? '', schema: anyJsonEvent, ownStreamPrefixes: binaanStreamPrefixes }),
  );
  const sqliteAsStored = once(() => openStoredRows(path.join(location.dataDir, EVENTS_FILE)));
  const readModels = once(() => openReadModelStore(config));
  let runtime: Promise<BinaanRuntime> | undefined;
  const hasMasterKey = (): boolean =>
    env[MASTER_KEY_VARIABLE] !== undefined || fs.existsSync(path.join(location.dataDir, MASTER_KEY_FILE_NAME));

  return {
    location,
    events: events.get,
    storedEvents: () => (location.esdbUrl === undefined ? storedRowsSource(sqliteAsStored.get().rows) : portEventSource(esdbAsStored.get())),
    otherRecordsSeen: () => {
      if (location.esdbUrl === undefined) return undefined;
      const seen = [esdbAsStored.opened(), events.opened()].map((store) => store?.skippedRecords?.());
      // Both stores may have read the same part of $all (each counts a record once): the larger count is what was seen.
      const most = (field: keyof SkippedRecords) => Math.max(0, ...seen.map((counts) => counts?.[field] ?? 0));
      return { system: most('system'), links: most('links'), foreign: most('foreign'), foreignStreams: most('foreignStreams') };
    },
    readModels: readModels.get,
    hasMasterKey,
    runtime: (options = {}) => {
      if (options.newStore !== true && !hasMasterKey()) {
        throw UserError.of('noMasterKey', { file: path.join(location.dataDir, MASTER_KEY_FILE_NAME), variable: MASTER_KEY_VARIABLE });
      }
      return (runtime ??= createRuntime({ ...config, ...(options.clock === undefined ? {} : { clock: options.clock }) }));
    },
    close: async () => {
      await (await runtime)?.close();
      await (await readModels.opened())?.close();
      await events.opened()?.close();
      await esdbAsStored.opened()?.close();
      sqliteAsStored.opened()?.close();
    },
  };
};
