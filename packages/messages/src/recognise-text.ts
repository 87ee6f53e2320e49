import type { Language } from './language';
import { renderMessage, type Message } from './message';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const compiled = new Map<string, RegExp>();

/** The English template as a pattern: its literal text exactly, each placeholder any non-empty text. */
const patternOf = (template: string): RegExp => {
  const known = compiled.get(template);
  if (known !== undefined) return known;
  const source = template
    .split(/(\{[A-Za-z][A-Za-z0-9]*\})/)
    .map((part) => (/^\{[A-Za-z][A-Za-z0-9]*\}$/.test(part) ? `(?<${part.slice(1, -1)}>.+?)` : escapeRegExp(part)))
    .join('');
  const pattern = new RegExp(`^${source}$`, 's');
  compiled.set(template, pattern);
  return pattern;
};

/** The values an English text put into the placeholders of a message's English template, or undefined when it is not that message. */
export const paramsOfEnglishText = (message: Message, text: string): Readonly<Record<string, string>> | undefined => {
  const match = patternOf(message.en).exec(text);
  return match === null ? undefined : { ...match.groups };
};

/** How much of a template is literal text: of two templates that both fit, the one that says more is the one meant. */
const literalLength = (template: string): number => template.replace(/\{[A-Za-z][A-Za-z0-9]*\}/g, '').length;

/**
 * An English text from the domain (a field rule, a rejection's message) in the asked language: the
 * catalogue's message whose English template it fits, with the same values. Undefined when no message fits,
 * so the caller can keep the English text rather than guess.
 */
export const translateEnglishText = (
  messages: readonly Message[],
  text: string,
  language: Language,
): string | undefined => {
  let best: { readonly message: Message; readonly params: Readonly<Record<string, string>> } | undefined;
  for (const message of messages) {
    const params = paramsOfEnglishText(message, text);
    if (params !== undefined && (best === undefined || literalLength(message.en) > literalLength(best.message.en))) best = { message, params };
  }
  return best === undefined ? undefined : renderMessage(best.message, language, best.params);
};
