import * as E from 'fp-ts/Either';
import * as O from 'fp-ts/Option';
import { ModuleId, ProgrammeId } from '../ids/slug-ids';
import { Programme } from './catalogue-codecs';
import { currentProgramme, findProgramme, requiredModuleIds } from './catalogue-lookup';
import { loadCatalogue } from './load-catalogue';
import { shippedCatalogue, shippedCatalogueData } from './shipped-catalogue';

const moduleEntry = (id: string, prerequisites: readonly string[] = [], required = true) => ({
  id,
  title: `Modul ${id}`,
  hours: 10,
  required,
  prerequisites,
});
const programme = (modules: readonly unknown[], curriculumVersion = 1) => ({
  id: 'uji-coba',
  curriculumVersion,
  title: 'Program uji coba',
  regency: '3507',
  offeredAt: ['lapas-uji'],
  providers: [{ id: 'lpk-uji', name: 'LPK uji' }],
  modules,
});
const testFacility = { id: 'lapas-uji', name: 'Lapas uji', class: 'IIA', region: 'Jawa Timur' };
const catalogueWith = (programmes: readonly unknown[], facilities: readonly unknown[] = [testFacility]) => ({
  programmes,
  facilities,
  regencies: [{ code: '3507', name: 'Kabupaten Malang' }],
});

const issuesOf = (input: unknown) => {
  const result = loadCatalogue(input);
  return E.isLeft(result) ? result.left.issues : [];
};

describe('the programme catalogue', () => {
  it('ships the Malang 2019 programme with five required modules', () => {
    const sulam = findProgramme(shippedCatalogue, 'sulam-malang-2019' as ProgrammeId, 1);
    expect(O.isSome(sulam)).toBe(true);
    expect(O.map(requiredModuleIds)(sulam)).toEqual(
      O.some(['sulam-dasar', 'sulam-lanjutan', 'pengembangan-usaha', 'pemasaran-penjualan', 'pendanaan-usaha']),
    );
    expect(shippedCatalogueData.programmes[0].modules[1].prerequisites).toEqual(['sulam-dasar']);
    expect(shippedCatalogue.facilities.map((facility) => [facility.id, facility.class])).toEqual([
      ['lapas-perempuan-malang', 'IIA'],
      ['lapas-kelas-i-malang', 'I'],
      ['lapas-perempuan-surabaya', 'IIA'],
    ]);
  });

  it('looks programmes up by id and curriculum version, the newest version for new enrolments', () => {
    const versions = [programme([moduleEntry('a')], 1), programme([moduleEntry('a'), moduleEntry('b')], 2)];
    const loaded = loadCatalogue(catalogueWith(versions));
    expect(E.isRight(loaded)).toBe(true);
    if (E.isRight(loaded)) {
      const id = 'uji-coba' as ProgrammeId;
      const moduleCount = O.map((found: Programme) => found.modules.length);
      expect(moduleCount(findProgramme(loaded.right, id, 1))).toEqual(O.some(1));
      expect(moduleCount(currentProgramme(loaded.right, id))).toEqual(O.some(2));
      expect(findProgramme(loaded.right, id, 3)).toEqual(O.none);
    }
  });

  it('rejects malformed data with paths', () => {
    expect(issuesOf(catalogueWith([{ ...programme([moduleEntry('a')]), curriculumVersion: 0 }]))).toEqual([
      { path: 'programmes[0].curriculumVersion', rule: 'must be a whole number of at least 1' },
    ]);
    expect(issuesOf(catalogueWith([programme([{ ...moduleEntry('a'), hours: 'ten' }])]))).toEqual([
      { path: 'programmes[0].modules[0].hours', rule: 'must be a whole number of at least 1' },
    ]);
    expect(issuesOf(catalogueWith([], [{ id: 'lapas-x', name: 'Lapas X', class: 'IV', region: 'Jawa Timur' }]))).toEqual([
      { path: 'facilities[0].class', rule: 'must be one of I, IIA, IIB, III' },
    ]);
  });

  it('rejects duplicate module ids within a programme', () => {
    expect(issuesOf(catalogueWith([programme([moduleEntry('a'), moduleEntry('a')])]))).toEqual([
      { path: 'programmes[0].modules[1].id', rule: 'must be unique within the programme' },
    ]);
  });

  it('rejects prerequisites that name no module of the same programme', () => {
    expect(issuesOf(catalogueWith([programme([moduleEntry('a', ['b'])])]))).toEqual([
      { path: 'programmes[0].modules[0].prerequisites[0]', rule: 'must name a module of the same programme' },
    ]);
  });

  it('rejects prerequisite cycles, including a module requiring itself', () => {
    expect(issuesOf(catalogueWith([programme([moduleEntry('a', ['a'])])]))).toEqual([
      { path: 'programmes[0].modules[0].prerequisites', rule: 'must not form a cycle' },
    ]);
    const triangle = [moduleEntry('a', ['c']), moduleEntry('b', ['a']), moduleEntry('c', ['b'])];
    expect(issuesOf(catalogueWith([programme(triangle)])).map((issue) => issue.path)).toEqual([
      'programmes[0].modules[0].prerequisites',
      'programmes[0].modules[1].prerequisites',
      'programmes[0].modules[2].prerequisites',
    ]);
  });

  it('accepts a prerequisite diamond, which is no cycle', () => {
    const diamond = [moduleEntry('a'), moduleEntry('b', ['a']), moduleEntry('c', ['a']), moduleEntry('d', ['b', 'c'])];
    expect(issuesOf(catalogueWith([programme(diamond)]))).toEqual([]);
  });

  it('rejects duplicate programme versions, duplicate facilities and programmes with nothing required', () => {
    const programmes = [programme([moduleEntry('a')]), programme([moduleEntry('a', [], false)])];
    expect(issuesOf(catalogueWith(programmes, [testFacility, testFacility]))).toEqual([
      { path: 'programmes[1].curriculumVersion', rule: 'must be unique for the programme id' },
      { path: 'programmes[1].modules', rule: 'must list at least one required module' },
      { path: 'facilities[1].id', rule: 'must be unique' },
    ]);
  });

  it('rejects a programme run nowhere, at a facility it does not list, or of a regency it does not know', () => {
    const nowhere = { ...programme([moduleEntry('a')]), offeredAt: [], regency: '3599' };
    const elsewhere = { ...programme([moduleEntry('a')], 2), offeredAt: ['lapas-lain'] };
    expect(issuesOf(catalogueWith([nowhere, elsewhere]))).toEqual([
      { path: 'programmes[0].offeredAt', rule: 'must list at least one facility' },
      { path: 'programmes[0].regency', rule: 'must name a regency of the catalogue' },
      { path: 'programmes[1].offeredAt[0]', rule: 'must name a facility of the catalogue' },
    ]);
  });

  it('rejects unknown keys in catalogue data', () => {
    expect(issuesOf({ ...catalogueWith([]), extra: true })).toEqual([{ path: 'extra', rule: 'is not a known field' }]);
  });

  it('keeps module ids typed', () => {
    const ids: readonly ModuleId[] = shippedCatalogue.programmes.flatMap((p) => p.modules.map((m) => m.id));
    expect(ids).toContain('pendanaan-usaha');
  });
});
