import type { Language } from './language';

/**
 * One message in both languages. Placeholders are written `{name}` and both texts use the same ones;
 * the values filled in are ids, dates, limits and field names, never personal data.
 */
export interface Message {
  readonly en: string;
  readonly id: string;
}

/** The values for a message's placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names a text uses, sorted, each once. */
export const placeholdersOf = (text: string): readonly string[] =>
  [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort();

/** The message in one language with its placeholders filled; a placeholder without a value stays as written. */
export const renderMessage = (message: Message, language: Language, params: MessageParams = {}): string =>
  message[language].replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
