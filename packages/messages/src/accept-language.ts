import Negotiator from 'negotiator';
import type { Language } from './language';

/** `in` is the old ISO 639 code of Bahasa Indonesia, still sent by some Java and Android clients. */
const offered = ['en', 'id', 'in'];

/**
 * The language an `Accept-Language` header asks for, with its q-values weighed (negotiator, as Express
 * uses it): `id`, `id-ID` and `in` are Indonesian, `en` and `en-*` English. Without the header, or when
 * it names only other languages, the fallback.
 */
export const languageOfAcceptLanguage = (header: string | undefined, fallback: Language = 'en'): Language => {
  if (header === undefined || header.trim() === '') return fallback;
  const best = new Negotiator({ headers: { 'accept-language': header } }).language(offered);
  if (best === undefined) return fallback;
  return best === 'en' ? 'en' : 'id';
};
