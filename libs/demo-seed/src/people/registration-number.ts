import type { SeededRandom } from '../random/seeded-random';

export type SentencedClass = 'B.I' | 'B.IIa' | 'B.IIb';

/** Training is for sentenced inmates; most serve over a year (B.I). */
export const pickRegistrationClass = (random: SeededRandom): SentencedClass =>
  random.weighted<SentencedClass>([
    ['B.I', 80],
    ['B.IIa', 17],
    ['B.IIb', 3],
  ]);

/** The form a lapas register uses: class, a running number and the year of registration. */
export const madeUpRegistrationNumber = (random: SeededRandom, registrationClass: SentencedClass, year: number): string =>
  `${registrationClass} ${String(random.integer(1, 2999)).padStart(4, '0')}/${year}`;
