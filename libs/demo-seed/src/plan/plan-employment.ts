import type { SeededRandom } from '../random/seeded-random';

type Status = 'formal' | 'informal' | 'self_employed' | 'seeking' | 'not_seeking';

const WORKING: readonly Status[] = ['formal', 'informal', 'self_employed'];

/** Graduates start their own embroidery business more often; that is the point of the programme. */
const firstStatus = (random: SeededRandom, graduated: boolean): Status =>
  random.weighted<Status>([
    ['self_employed', graduated ? 34 : 18],
    ['informal', 20],
    ['formal', 12],
    ['seeking', 22],
    ['not_seeking', graduated ? 12 : 28],
  ]);

/** Most people report the same work at the next contact; some find work, a few lose it. */
export const nextEmploymentStatus = (random: SeededRandom, previous: Status | null, graduated: boolean): Status => {
  if (previous === null || random.chance(0.3)) {
    return firstStatus(random, graduated);
  }
  return previous;
};

const usesSkillChance: Readonly<Record<Status, number>> = {
  self_employed: 0.75,
  informal: 0.4,
  formal: 0.15,
  seeking: 0,
  not_seeking: 0,
};

/** The employment block of a reached contact, as the LogFollowUp command takes it. */
export const employmentReport = (random: SeededRandom, status: Status) => {
  const working = WORKING.includes(status);
  const business =
    status === 'self_employed'
      ? random.weighted<'running' | 'planning'>([
          ['running', 80],
          ['planning', 20],
        ])
      : status === 'seeking' && random.chance(0.3)
        ? 'planning'
        : 'none';
  const salesChannel =
    business === 'running'
      ? random.weighted<'direct' | 'market' | 'online' | 'reseller'>([
          ['direct', 40],
          ['market', 25],
          ['online', 25],
          ['reseller', 10],
        ])
      : 'none';
  const incomeBand = working
    ? random.weighted<'below_500k' | '500k_to_1m' | '1m_to_2m' | '2m_to_3m' | 'above_3m'>([
        ['below_500k', 35],
        ['500k_to_1m', 35],
        ['1m_to_2m', 20],
        ['2m_to_3m', 7],
        ['above_3m', 3],
      ])
    : 'none';
  return {
    status,
    usesTrainedSkill: random.chance(usesSkillChance[status]),
    businessStatus: business,
    salesChannel,
    incomeBand,
  };
};

export type EmploymentStatusPlan = Status;
