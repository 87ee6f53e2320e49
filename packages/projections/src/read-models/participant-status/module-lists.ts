/*
 * participant_status keeps module lists as sorted, comma-separated text so any BI tool can read them:
 * `assessed_modules` = "pengembangan-usaha,sulam-dasar", `competent_modules` = "sulam-dasar:2019-05-01,...".
 * Module ids are slugs, so neither "," nor ":" occurs inside one. Plain string scans keep a rebuild fast.
 */

/** The entries of a list, in order: the plain reading, for everyone who shows the lists. */
export const listEntries = (text: string): readonly string[] => (text === '' ? [] : text.split(','));

/** `competent_modules` as module id → the date it was first assessed competent. */
export const competentModuleDates = (text: string): Readonly<Record<string, string>> =>
  Object.fromEntries(listEntries(text).map((entry) => [entry.slice(0, entry.indexOf(':')), entry.slice(entry.indexOf(':') + 1)]));

export const listLength = (text: string): number => listEntries(text).length;

const comma = 44;

/** Where the entry for `moduleId` starts in `text`, or -1; scans in place, as this runs once per event in a rebuild. */
const indexOfEntry = (text: string, moduleId: string, separator: ',' | ':'): number => {
  for (let at = text.indexOf(moduleId); at >= 0; at = at < text.length ? text.indexOf(moduleId, at + 1) : -1) {
    const end = at + moduleId.length;
    const startsEntry = at === 0 || text.charCodeAt(at - 1) === comma;
    const endsId = separator === ',' ? end === text.length || text.charCodeAt(end) === comma : text[end] === ':';
    if (startsEntry && endsId) return at;
  }
  return -1;
};

/**
 * Whether a list holds a module: the fast scan of the reducer, which a rebuild runs for every event.
 * `listEntries(text).includes(moduleId)` is its plain definition; the specs hold the two together.
 */
export const hasModule = (text: string, moduleId: string): boolean => indexOfEntry(text, moduleId, ',') >= 0;

/**
 * The date in `competent_modules` for a module, if it was assessed competent: the fast scan.
 * `competentModuleDates(text)[moduleId]` is its plain definition; the specs hold the two together.
 */
export const competentOn = (text: string, moduleId: string): string | undefined => {
  const at = indexOfEntry(text, moduleId, ':');
  return at < 0 ? undefined : text.slice(at + moduleId.length + 1, at + moduleId.length + 11);
};

/** Adds an entry in sorted place (entries compare by their text, as the module id leads). */
export const withListEntry = (text: string, entry: string): string => {
  if (text === '') return entry;
  for (let start = 0; ; ) {
    const next = text.indexOf(',', start);
    if (text.slice(start, next < 0 ? text.length : next) > entry) return `${text.slice(0, start)}${entry},${text.slice(start)}`;
    if (next < 0) return `${text},${entry}`;
    start = next + 1;
  }
};
