import type { Language } from './language';

/** The locale variables a program reads for its messages, in POSIX order: the first one set decides. */
const localeVariables = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language of a command line's messages from its environment: `id_ID.UTF-8` (or `id`, `in_ID`) is
 * Indonesian; anything else, `C` and an unset locale included, English.
 */
export const languageOfLocale = (env: Readonly<Record<string, string | undefined>>): Language => {
  const locale = localeVariables.map((name) => env[name]).find((value) => value !== undefined && value !== '');
  const code = (locale ?? '').split(/[_.@-]/)[0]?.toLowerCase();
  return code === 'id' || code === 'in' ? 'id' : 'en';
};
