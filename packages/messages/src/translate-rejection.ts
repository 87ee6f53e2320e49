import { rejectionMessages, type RejectionCode, rejections } from './catalogue/rejections';
import type { Language } from './language';
import { translateEnglishText } from './recognise-text';

const isRejectionCode = (code: string): code is RejectionCode => Object.prototype.hasOwnProperty.call(rejections, code);

/**
 * A rejected command's message (the domain's English, with its ids and dates) in the asked language, by
 * its code. A message the catalogue does not know stays as the domain wrote it.
 */
export const translateRejection = (code: string, message: string, language: Language): string => {
  if (language === 'en' || !isRejectionCode(code)) return message;
  return translateEnglishText(rejectionMessages(code), message, language) ?? message;
};
