import { addDays, addMonths, type LocalDate } from '@binaan/domain';
import { DEMO_FACILITIES } from '../demo-defaults';
import type { SeededRandom } from '../random/seeded-random';
import { registrarFor } from './demo-actors';
import type { UntimedCommand } from './planned-command';

/** Made-up head counts of the demo's units: roughly the size of a women's prison and of a large men's prison. */
const TYPICAL_POPULATION: Readonly<Record<string, number>> = {
  [DEMO_FACILITIES.women]: 440,
  [DEMO_FACILITIES.men]: 2_800,
  [DEMO_FACILITIES.womenTransferredTo]: 400,
};

/** Shares of each registration class in a typical population: mostly convicted (B.*), some on remand (A.*). */
const CLASS_SHARES: readonly (readonly [string, number])[] = [
  ['A.I', 0.06],
  ['A.II', 0.08],
  ['A.III', 0.06],
  ['B.I', 0.52],
  ['B.IIa', 0.16],
  ['B.IIb', 0.07],
  ['B.III', 0.05],
];

/** The first count: the month the programme began. */
const FIRST_COUNT_ON = '2019-09-01' as LocalDate;

const countFor = (random: SeededRandom, typical: number): { readonly total: number; readonly byRegistrationClass: Readonly<Record<string, number>> } => {
  const total = Math.round(typical * (0.9 + random.integer(0, 20) / 100));
  const byRegistrationClass = Object.fromEntries(CLASS_SHARES.map(([registrationClass, share]) => [registrationClass, Math.floor(total * share)]));
  return { total, byRegistrationClass };
};

/**
 * Each unit's population on the first of every month, as the national prison database passes it on
 * (recorded a few days later by a registrar of the unit): the denominator of coverage.
 */
export const planPopulationCounts = (random: SeededRandom, lastDate: LocalDate): readonly UntimedCommand[] => {
  const commands: UntimedCommand[] = [];
  for (const [facilityId, typical] of Object.entries(TYPICAL_POPULATION)) {
    for (let countedOn = FIRST_COUNT_ON; addDays(countedOn, 5) <= lastDate; countedOn = addMonths(countedOn, 1)) {
      commands.push({
        businessDate: addDays(countedOn, random.integer(2, 5)),
        actor: registrarFor(random, facilityId),
        input: { type: 'RecordFacilityPopulation', facilityId, countedOn, ...countFor(random, typical) },
      });
    }
  }
  return commands;
};
