import { competentModuleDates, competentOn, hasModule, listEntries, listLength, withListEntry } from './module-lists';

describe('module lists in participant_status', () => {
  it('adds entries in sorted place and finds whole ids only', () => {
    const assessed = ['sulam-lanjutan', 'pendanaan-usaha', 'sulam-dasar'].reduce(withListEntry, '');
    expect(assessed).toBe('pendanaan-usaha,sulam-dasar,sulam-lanjutan');
    expect([hasModule(assessed, 'sulam-dasar'), hasModule(assessed, 'sulam'), hasModule(assessed, 'dasar'), listLength(assessed), listLength('')]).toEqual([
      true,
      false,
      false,
      3,
      0,
    ]);
  });

  it('reads the competent date of a module', () => {
    const competent = withListEntry('sulam-dasar:2019-05-01', 'pengembangan-usaha:2019-05-03');
    expect(competent).toBe('pengembangan-usaha:2019-05-03,sulam-dasar:2019-05-01');
    expect([competentOn(competent, 'sulam-dasar'), competentOn(competent, 'usaha'), competentOn(competent, 'sulam-lanjutan')]).toEqual([
      '2019-05-01',
      undefined,
      undefined,
    ]);
  });
});

describe('module lists agree with splitting the text into entries', () => {
  const ids = ['a', 'ab', 'b', 'a-b', 'ba', 'sulam', 'sulam-dasar'];
  const subsets = Array.from({ length: 2 ** ids.length }, (_, mask) => ids.filter((_, index) => (mask & (2 ** index)) !== 0));
  const modelInsert = (text: string, entry: string): string => {
    const entries = text === '' ? [] : text.split(',');
    const at = entries.findIndex((existing) => existing > entry);
    return (at < 0 ? [...entries, entry] : [...entries.slice(0, at), entry, ...entries.slice(at)]).join(',');
  };

  it('inserts where the split list would, and finds exactly the ids it holds, for every subset of ids', () => {
    for (const subset of subsets) {
      const text = [...subset].sort().join(',');
      for (const probe of ids) {
        expect([withListEntry(text, probe), hasModule(text, probe)]).toEqual([modelInsert(text, probe), subset.includes(probe)]);
        expect(hasModule(text, probe)).toBe(listEntries(text).includes(probe));
      }
    }
  });

  it('reads the date of exactly the module asked for, for every subset of ids', () => {
    for (const subset of subsets) {
      const entries = subset.map((id, index) => `${id}:2019-05-${String(10 + index)}`);
      const text = [...entries].sort().join(',');
      for (const probe of ids) {
        expect(competentOn(text, probe)).toBe(entries.find((entry) => entry.startsWith(`${probe}:`))?.slice(probe.length + 1));
        expect(competentOn(text, probe)).toBe(competentModuleDates(text)[probe]);
      }
    }
  });
});
