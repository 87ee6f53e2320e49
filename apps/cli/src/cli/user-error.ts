import { cliMessages, renderMessage, type CliMessageKey, type Language, type MessageParams } from '@binaan/messages';

/**
 * A mistake the user can fix (a bad date, a missing store, an unknown participant).
 * It is printed as one line, with what to do next, and ends the command with exit code 2.
 * One made with `UserError.of` is a message of the catalogue, said in the user's language (LANG);
 * the others are English.
 */
export class UserError extends Error {
  private catalogued: { readonly key: CliMessageKey; readonly params: MessageParams } | undefined;

  constructor(
    readonly problem: string,
    readonly nextStep: string,
  ) {
    super(`${problem}. ${nextStep}`);
    this.name = 'UserError';
  }

  /** The mistake as the catalogue's message `key` says it (what is wrong, then what to do next). */
  static of(key: CliMessageKey, params: MessageParams = {}): UserError {
    const english = renderMessage(cliMessages[key], 'en', params);
    const cut = english.lastIndexOf('. ');
    const error = new UserError(english.slice(0, cut), english.slice(cut + 2));
    error.catalogued = { key, params };
    return error;
  }

  /** The one line to print, in a language. */
  saidIn(language: Language): string {
    return this.catalogued === undefined ? this.message : renderMessage(cliMessages[this.catalogued.key], language, this.catalogued.params);
  }
}
