import { PersonalDataError } from '@binaan/personal-data';
import { UserError } from './user-error';

interface CodedError {
  readonly code?: unknown;
  readonly message?: unknown;
}

const firstLine = (text: string): string => text.split('\n')[0] ?? text;

/** SQLite's own codes for a file that is not (or no longer) a database. */
const corruptStoreCodes = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/** Turns anything thrown into one line that says what went wrong and what to do next. */
export const explainFailure = (error: unknown): string => {
  if (error instanceof UserError) {
    return firstLine(error.message);
  }
  if (error instanceof PersonalDataError) {
    // These already name the variable or file at fault and how to put it right.
    return firstLine(error.message);
  }
  const coded = (typeof error === 'object' && error !== null ? error : {}) as CodedError;
  const message = typeof coded.message === 'string' ? firstLine(coded.message) : String(error);
  if (typeof coded.code === 'string' && corruptStoreCodes.has(coded.code)) {
    return `the store file is not a readable Binaan store (${message}). Check --store, or restore the file from a backup`;
  }
  if (typeof coded.code === 'string' && coded.code === 'SQLITE_CANTOPEN') {
    return `the store file cannot be opened (${message}). Check --store and the file's permissions`;
  }
  if (typeof coded.code === 'string' && coded.code === 'SQLITE_READONLY') {
    return `the store is read-only (${message}). Run this command where the store can be written, or on a copy`;
  }
  return `could not finish: ${message}. Run again with BINAAN_DEBUG=1 for details`;
};
