import { cliMessages, renderMessage, type CliMessageKey, type Language, type MessageParams } from '@binaan/messages';

/**
 * A mistake the user can fix (a bad date, a missing store, an unknown participant).
 * It is printed as one line, with what to do next, and ends the command with exit code 2.
 * One made with `UserError.of` is a message of the catalogue (what is wrong, then what to do next in one
 * text), said in the user's language (LANG); one made with `new` passes on English text from elsewhere.
 */
export class UserError extends Error {
  private catalogued: { readonly key: CliMessageKey; readonly params: MessageParams } | undefined;

  constructor(
    readonly problem: string,
    readonly nextStep: string,
  ) {
    super(nextStep === '' ? problem : `${problem}. ${nextStep}`);
    this.name = 'UserError';
  }

  /** The mistake as the catalogue's message `key` says it; its English text is the error's message. */
  static of(key: CliMessageKey, params: MessageParams = {}): UserError {
    const error = new UserError(renderMessage(cliMessages[key], 'en', params), '');
    error.catalogued = { key, params };
    return error;
  }

  /** The one line to print, in a language. */
  saidIn(language: Language): string {
    return this.catalogued === undefined ? this.message : renderMessage(cliMessages[this.catalogued.key], language, this.catalogued.params);
  }
}
