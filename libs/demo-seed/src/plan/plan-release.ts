import { addDays, addMonths, type LocalDate } from '@binaan/domain';
import type { SeededRandom } from '../random/seeded-random';
import { registrarFor } from './demo-actors';
import type { UntimedCommand } from './planned-command';

type ReleaseType =
  | 'bebas_murni'
  | 'pembebasan_bersyarat'
  | 'cuti_bersyarat'
  | 'cuti_menjelang_bebas'
  | 'asimilasi'
  | 'bebas_demi_hukum';

/** Parole-like releases are most common; a release by operation of law is rare. */
const RELEASE_TYPES: readonly (readonly [ReleaseType, number])[] = [
  ['pembebasan_bersyarat', 40],
  ['bebas_murni', 24],
  ['asimilasi', 14],
  ['cuti_bersyarat', 10],
  ['cuti_menjelang_bebas', 9],
  ['bebas_demi_hukum', 3],
];

const SUPERVISED: readonly ReleaseType[] = ['pembebasan_bersyarat', 'cuti_bersyarat', 'cuti_menjelang_bebas'];

/** Supervision end is known at release for most supervised releases. */
const SUPERVISION_END_KNOWN = 0.8;

export interface ReleasePlan {
  readonly releasedOn: LocalDate;
  readonly command: UntimedCommand;
}

/** The day the person is due out: between four months and two years after enrolment. */
export const plannedReleaseDate = (random: SeededRandom, enrolledOn: LocalDate): LocalDate =>
  addDays(enrolledOn, random.integer(120, 720));

export const planRelease = (
  random: SeededRandom,
  participantId: string,
  facilityId: string,
  releasedOn: LocalDate,
): ReleasePlan => {
  const releaseType = random.weighted(RELEASE_TYPES);
  const supervisionEndsOn =
    SUPERVISED.includes(releaseType) && random.chance(SUPERVISION_END_KNOWN)
      ? { supervisionEndsOn: addMonths(releasedOn, random.integer(3, 18)) }
      : {};
  return {
    releasedOn,
    command: {
      businessDate: releasedOn,
      actor: registrarFor(random, facilityId),
      input: { type: 'RecordRelease', participantId, releaseType, releasedOn, ...supervisionEndsOn },
    },
  };
};
