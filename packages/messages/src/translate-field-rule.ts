import { fieldRules } from './catalogue/field-rules';
import type { Language } from './language';
import { translateEnglishText } from './recognise-text';

const fieldRuleList = Object.values(fieldRules);

/**
 * A field rule as the domain or the API wrote it (English) in the asked language. A rule the catalogue
 * does not know stays in English: better an English rule than a wrong one.
 */
export const translateFieldRule = (rule: string, language: Language): string =>
  language === 'en' ? rule : (translateEnglishText(fieldRuleList, rule, language) ?? rule);
