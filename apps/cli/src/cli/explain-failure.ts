import type { Language } from '@binaan/messages';
import { cliMessages, renderMessage } from '@binaan/messages';
import { PersonalDataError } from '@binaan/personal-data';
import { UserError } from './user-error';

interface CodedError {
  readonly code?: unknown;
  readonly message?: unknown;
}

const firstLine = (text: string): string => text.split('\n')[0] ?? text;

/** SQLite's own codes for a file that is not (or no longer) a database. */
const corruptStoreCodes = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/**
 * Turns anything thrown into one line that says what went wrong and what to do next, in the user's language
 * where the catalogue has the message (the text of a driver's own error is passed on as it is).
 */
export const explainFailure = (error: unknown, language: Language = 'en'): string => {
  if (error instanceof UserError) {
    return firstLine(error.saidIn(language));
  }
  if (error instanceof PersonalDataError) {
    // These already name the variable or file at fault and how to put it right.
    return firstLine(error.message);
  }
  const coded = (typeof error === 'object' && error !== null ? error : {}) as CodedError;
  const message = typeof coded.message === 'string' ? firstLine(coded.message) : String(error);
  if (typeof coded.code === 'string' && corruptStoreCodes.has(coded.code)) {
    return renderMessage(cliMessages.storeNotReadable, language, { reason: message });
  }
  if (typeof coded.code === 'string' && coded.code === 'SQLITE_CANTOPEN') {
    return renderMessage(cliMessages.storeCannotOpen, language, { reason: message });
  }
  if (typeof coded.code === 'string' && coded.code === 'SQLITE_READONLY') {
    return renderMessage(cliMessages.storeReadOnly, language, { reason: message });
  }
  return renderMessage(cliMessages.couldNotFinish, language, { reason: message });
};
