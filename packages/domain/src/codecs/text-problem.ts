/*
 * Text typed by people reaches canonical JSON, encryption, screens and spreadsheets. Each of these
 * breaks, or can be fooled, by text that is not plain: a lone surrogate cannot be encoded, control
 * characters and direction overrides make two different values look alike on screen, and a value made
 * only of invisible characters looks empty while it is not.
 */

/** Characters that change the direction text is shown in (bidi embeddings, overrides, isolates, marks). */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Characters that take no space: they can make one value look like another, or look empty. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u` flag: it must see halves). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAKS_AND_TABS = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;

export interface TextRules {
  /** Whether line breaks and tabs may appear (free-text notes). */
  readonly multiline: boolean;
}

/** The first rule the text breaks, or undefined when it is plain text. Never repeats the value. */
export const textProblem = (text: string, rules: TextRules): string | undefined => {
  if (LONE_SURROGATE.test(text)) return 'must be well-formed text (it holds a lone surrogate)';
  const checked = rules.multiline ? text.replace(LINE_BREAKS_AND_TABS, ' ') : text;
  if (CONTROL.test(checked)) return rules.multiline ? 'must not contain control characters' : 'must be one line without control characters';
  if (DIRECTION_CONTROLS.test(text)) return 'must not contain text-direction controls';
  if (text.replace(INVISIBLE, '').trim().length === 0) return 'must not be blank';
  return undefined;
};

/** The text without the characters that take no space. */
export const withoutInvisibles = (text: string): string => text.replace(INVISIBLE, '');
