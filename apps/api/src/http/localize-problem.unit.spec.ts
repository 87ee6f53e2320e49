import * as domain from '@binaan/domain';
import { commandIdReused, personAlreadyEnrolledInProgramme } from '@binaan/command-handling';
import { placeholdersOf, problemDetails, rejections } from '@binaan/messages';
import { facilityCommandProblem, facilityRejectionStatus } from '../facilities/facility-command-problem';
import { rejectionStatus, ruleBrokenProblem } from './command-failure-problem';
import { localizeProblem } from './localize-problem';
import { problems } from './problems';

/** Arguments for a problem function: field issues where it takes them, else values the detail only shows. */
const argumentsFor = (name: string): readonly unknown[] =>
  name === 'validationFailed' || name === 'invalidQuery' ? [[{ path: 'enrolledOn', rule: 'is required' }]] : [7, 'x'];

describe('every problem the API can send speaks both languages', () => {
  it.each(Object.keys(problems))('problems.%s has an Indonesian detail, with its values filled in', (name) => {
    const make = problems[name as keyof typeof problems] as (...args: unknown[]) => ReturnType<typeof problems.invalidJson>;
    const english = make(...argumentsFor(name));
    const indonesian = localizeProblem(english, 'id');
    expect(Object.keys(problemDetails)).toContain(name);
    expect(indonesian.detail).not.toBe(english.detail);
    expect(placeholdersOf(indonesian.detail)).toEqual([]);
    expect({ ...indonesian, title: undefined, detail: undefined, errors: undefined }).toEqual({ ...english, title: undefined, detail: undefined, errors: undefined });
  });

  it.each([...Object.keys(rejectionStatus), ...Object.keys(facilityRejectionStatus)])('rejection code %s has a message in both languages', (code) => {
    expect(Object.keys(rejections)).toContain(code);
  });
});

type Rejection = { readonly _tag: string; readonly code: string; readonly message: string };

const isRejection = (value: unknown): value is Rejection =>
  typeof value === 'object' && value !== null && ['_tag', 'code', 'message'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

/** Where a decider says how early a date may be, it names one of these (the decide-*.ts files). */
const earliestThings = ['the enrolment', 'the release', 'the last transfer'];

/**
 * Every rejection the domain can make, found by calling each function it exports: a one-element array
 * fits every argument of a rule constructor (as an id, a date, a number in text, or a list). A new rule
 * in the domain is therefore tested here without anyone listing it.
 */
const domainRejections = (): readonly Rejection[] =>
  Object.values(domain as Readonly<Record<string, unknown>>)
    .filter((value): value is (...args: unknown[]) => unknown => typeof value === 'function')
    .flatMap((make) => {
      try {
        const made = make(...Array.from({ length: Math.max(make.length, 1) }, (_, index) => [`v${index}`]));
        if (!isRejection(made)) return [];
        if (made.code === 'DATE_TOO_EARLY') return earliestThings.map((what) => make('exitedOn', '2019-01-01', '2019-02-01', what) as Rejection);
        return [made];
      } catch {
        return [];
      }
    });

describe("the catalogue's English is the domain's own message", () => {
  const found = domainRejections();

  it('finds the rules of the domain by what it exports', () => {
    expect(found.length).toBeGreaterThan(40);
  });

  it.each(found.map((rejection) => [rejection.code, rejection] as const))('%s is translated with every value the domain put in', (_code, rejection) => {
    const indonesian = localizeProblem(ruleBrokenProblem(rejection as never), 'id');
    expect(indonesian.code).toBe(rejection.code);
    expect(indonesian.detail).not.toBe(rejection.message);
    expect(placeholdersOf(indonesian.detail)).toEqual([]);
    for (const value of rejection.message.match(/v\d+/g) ?? []) expect(indonesian.detail).toContain(value);
  });

  it.each([personAlreadyEnrolledInProgramme('sulam-malang-2019'), commandIdReused()].map((error) => [error.code, error] as const))(
    "command handling's %s is translated too",
    (_code, error) => {
      expect(localizeProblem(ruleBrokenProblem(error), 'id').detail).not.toBe(error.message);
    },
  );
});

describe('localizeProblem', () => {
  it("gives a rejection's field the rejection's Indonesian message, as it gives it the English one", () => {
    const english = facilityCommandProblem({ kind: 'rejected', error: domain.countsExceedTotal(120, 100) });
    expect(english.errors).toEqual([{ path: 'byRegistrationClass', rule: english.detail }]);
    const indonesian = localizeProblem(english, 'id');
    expect(indonesian.detail).toBe('Jumlah per golongan registrasi (120) melebihi total 100');
    expect(indonesian.errors).toEqual([{ path: 'byRegistrationClass', rule: indonesian.detail }]);
  });

  it('translates each field rule and keeps each path, in English leaves the problem as it is', () => {
    const english = problems.validationFailed([
      { path: 'personalData.nik', rule: 'must be 16 digits, got 15 digits' },
      { path: 'enrolledOn', rule: 'is required' },
    ]);
    expect(localizeProblem(english, 'en')).toBe(english);
    expect(localizeProblem(english, 'id').errors).toEqual([
      { path: 'personalData.nik', rule: 'harus 16 digit, diberikan 15 digit' },
      { path: 'enrolledOn', rule: 'wajib diisi' },
    ]);
  });
});
