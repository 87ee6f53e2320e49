import { competentOn, hasModule, listLength, withListEntry } from './module-lists';

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
