import { addDays, type LocalDate } from '@binaan/domain';
import { DEMO_FACILITIES, DEMO_HOME_REGENCIES, DEMO_PROGRAMME_ID } from '../demo-defaults';
import { demoParticipantId, RE_ENROLMENT_INDEX_OFFSET } from '../demo-ids';
import { madeUpFullName, type Sex } from '../people/names';
import { madeUpNik } from '../people/nik';
import { madeUpRegistrationNumber, pickRegistrationClass } from '../people/registration-number';
import { seededRandom, type SeededRandom } from '../random/seeded-random';
import { registrarFor } from './demo-actors';
import { planFollowUps } from './plan-follow-ups';
import { planLifecycle } from './plan-lifecycle';
import { plannedReleaseDate, planRelease } from './plan-release';
import { planTraining } from './plan-training';
import type { UntimedCommand } from './planned-command';

/** Share of participants from the women's prison, where the programme began. */
const WOMEN_FACILITY_SHARE = 0.65;
const NIK_KNOWN = 0.85;

export interface ParticipantPlanInput {
  readonly random: SeededRandom;
  readonly seed: number;
  readonly index: number;
  /** `YYYY-MM` */
  readonly cohortMonth: string;
  readonly lastDate: LocalDate;
  /** Registration numbers already handed out, per facility: one enrolment per person and programme. */
  readonly takenRegistrations: Set<string>;
}

export interface ParticipantPlan {
  readonly participantId: string;
  /** In business-date order; the order they must be issued in. */
  readonly commands: readonly UntimedCommand[];
  /** Back in custody and enrolled again: a new participant, whom command handling links to this one. */
  readonly reEnrolment?: ParticipantPlan;
}

/** Share of those back in custody who join the programme again. */
const RE_ENROLMENT_CHANCE = 0.5;

/** A new enrolment of the same person, some months after she came back: same register entry, new participant. */
const planReEnrolment = (input: ParticipantPlanInput, enrol: UntimedCommand, returnedOn: LocalDate, lifecycle: SeededRandom): ParticipantPlan | undefined => {
  const enrolledOn = addDays(returnedOn, lifecycle.integer(30, 150));
  if (enrolledOn > input.lastDate) return undefined;
  const participantId = demoParticipantId(input.seed, RE_ENROLMENT_INDEX_OFFSET + input.index);
  const again: UntimedCommand = {
    ...enrol,
    businessDate: enrolledOn,
    input: { ...enrol.input, participantId, enrolledOn, consent: { given: true, recordedOn: enrolledOn } },
  };
  const training = planTraining({ random: lifecycle, participantId, enrolledOn, releasedOn: null, lastDate: input.lastDate });
  return { participantId, commands: [again, ...training.commands] };
};

const birthDateFor = (random: SeededRandom, enrolledOn: LocalDate): LocalDate =>
  addDays(enrolledOn, -(random.integer(20, 55) * 365 + random.integer(0, 364)));

const uniqueRegistrationNumber = (input: ParticipantPlanInput, facilityId: string, registrationClass: ReturnType<typeof pickRegistrationClass>, year: number): string => {
  for (;;) {
    const candidate = madeUpRegistrationNumber(input.random, registrationClass, year);
    const key = `${facilityId}|${candidate}`;
    if (!input.takenRegistrations.has(key)) {
      input.takenRegistrations.add(key);
      return candidate;
    }
  }
};

/** Most participants name where they go home to at enrolment. */
const HOME_REGENCY_KNOWN = 0.75;

const enrolment = (input: ParticipantPlanInput, participantId: string, enrolledOn: LocalDate, lifecycle: SeededRandom) => {
  const { random } = input;
  const sex: Sex = random.chance(WOMEN_FACILITY_SHARE) ? 'female' : 'male';
  const facilityId = sex === 'female' ? DEMO_FACILITIES.women : DEMO_FACILITIES.men;
  const registrationClass = pickRegistrationClass(random);
  const birthDate = birthDateFor(random, enrolledOn);
  const registrationYear = Number(enrolledOn.slice(0, 4)) - random.integer(0, 2);
  const command: UntimedCommand = {
    businessDate: enrolledOn,
    actor: registrarFor(random, facilityId),
    input: {
      type: 'EnrollInmate',
      participantId,
      programmeId: DEMO_PROGRAMME_ID,
      facilityId,
      registrationClass,
      enrolledOn,
      consent: { given: true, recordedOn: enrolledOn },
      ...(lifecycle.chance(HOME_REGENCY_KNOWN) ? { homeRegency: lifecycle.weighted(DEMO_HOME_REGENCIES) } : {}),
      personalData: {
        fullName: madeUpFullName(random, sex),
        registrationNumber: uniqueRegistrationNumber(input, facilityId, registrationClass, registrationYear),
        birthDate,
        ...(random.chance(NIK_KNOWN) ? { nik: madeUpNik(random, sex, birthDate) } : {}),
      },
    },
  };
  return { facilityId, command };
};

/**
 * One made-up person's path: enrolment, training, release when it falls before today, follow-ups,
 * and what real records go through: corrections, exits, transfers, returns to custody.
 */
export const planParticipant = (input: ParticipantPlanInput): ParticipantPlan => {
  const { random, lastDate } = input;
  const participantId = demoParticipantId(input.seed, input.index);
  const enrolledOn = addDays(`${input.cohortMonth}-01` as LocalDate, random.integer(1, 11));
  if (enrolledOn > lastDate) {
    return { participantId, commands: [] };
  }
  // The record's later life (corrections, exits, transfers, returns) draws from a generator of its own,
  // so the training, release and contacts of the demo stay as they were.
  const lifecycle = seededRandom(input.seed * 1_000_003 + input.index);
  const { facilityId, command: enrol } = enrolment(input, participantId, enrolledOn, lifecycle);
  const dueOut = plannedReleaseDate(random, enrolledOn);
  const releasedOn = dueOut <= lastDate ? dueOut : null;
  const training = planTraining({ random, participantId, enrolledOn, releasedOn, lastDate });
  const release = releasedOn === null ? null : planRelease(random, participantId, facilityId, releasedOn);
  const followUps =
    releasedOn === null ? [] : planFollowUps({ random, participantId, releasedOn, graduated: training.graduated, lastDate });
  const later = planLifecycle(
    { random: lifecycle, participantId, facilityId, enrolledOn, lastDate },
    [...training.commands, ...(release === null ? [] : [release.command]), ...followUps],
  );
  const returned = later.find((command) => command.input.type === 'RecordReturnToCustody');
  const reEnrolment = returned !== undefined && lifecycle.chance(RE_ENROLMENT_CHANCE) ? planReEnrolment(input, enrol, returned.businessDate, lifecycle) : undefined;
  // A void names its entry by place: one later, as the enrolment comes first.
  const commands = [enrol, ...later.map((command) => (command.voids === undefined ? command : { ...command, voids: command.voids + 1 }))];
  return { participantId, commands, ...(reEnrolment === undefined ? {} : { reEnrolment }) };
};
