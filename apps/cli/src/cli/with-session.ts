import { parseStoreLocation, type StoreOptionValues } from '../options/store-location';
import { openSession, type StoreSession } from '../store/open-session';
import { requireExistingStore } from '../store/require-existing-store';
import type { CliIo } from './cli-io';

/** Opens the store a command names, runs the command, and always closes what it opened. */
export const withSession = async <R>(
  io: CliIo,
  values: StoreOptionValues,
  options: { readonly mayCreate: boolean },
  work: (session: StoreSession) => Promise<R>,
): Promise<R> => {
  const location = parseStoreLocation(values, io.env);
  if (!options.mayCreate) requireExistingStore(location);
  const session = openSession(location, io.env);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
};
