/*
 * participant_status keeps module lists as sorted, comma-separated text so any BI tool can read them:
 * `assessed_modules` = "pengembangan-usaha,sulam-dasar", `competent_modules` = "sulam-dasar:2019-05-01,...".
 * Module ids are slugs, so neither "," nor ":" occurs inside one. Plain string scans keep a rebuild fast.
 */

export const listLength = (text: string): number => (text === '' ? 0 : text.split(',').length);

const indexOfEntry = (text: string, moduleId: string, separator: ',' | ':'): number => {
  const needle = `,${moduleId}${separator}`;
  return `,${text}${separator === ',' ? ',' : ''}`.indexOf(needle);
};

export const hasModule = (text: string, moduleId: string): boolean => indexOfEntry(text, moduleId, ',') >= 0;

/** The date in `competent_modules` for a module, if it was assessed competent. */
export const competentOn = (text: string, moduleId: string): string | undefined => {
  const at = indexOfEntry(text, moduleId, ':');
  return at < 0 ? undefined : text.slice(at + moduleId.length + 1, at + moduleId.length + 11);
};

/** Adds an entry in sorted place (entries compare by their text, as the module id leads). */
export const withListEntry = (text: string, entry: string): string => {
  if (text === '') return entry;
  const entries = text.split(',');
  const at = entries.findIndex((existing) => existing > entry);
  return at < 0 ? `${text},${entry}` : [...entries.slice(0, at), entry, ...entries.slice(at)].join(',');
};
