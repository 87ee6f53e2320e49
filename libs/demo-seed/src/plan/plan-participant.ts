import { addDays, type LocalDate } from '@binaan/domain';
import { DEMO_FACILITIES, DEMO_PROGRAMME_ID } from '../demo-defaults';
import { demoParticipantId } from '../demo-ids';
import { madeUpFullName, type Sex } from '../people/names';
import { madeUpNik } from '../people/nik';
import { madeUpRegistrationNumber, pickRegistrationClass } from '../people/registration-number';
import type { SeededRandom } from '../random/seeded-random';
import { registrarFor } from './demo-actors';
import { planFollowUps } from './plan-follow-ups';
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
}

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

const enrolment = (input: ParticipantPlanInput, participantId: string, enrolledOn: LocalDate) => {
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

/** One made-up person's path: enrolment, training, release when it falls before today, follow-ups. */
export const planParticipant = (input: ParticipantPlanInput): ParticipantPlan => {
  const { random, lastDate } = input;
  const participantId = demoParticipantId(input.seed, input.index);
  const enrolledOn = addDays(`${input.cohortMonth}-01` as LocalDate, random.integer(1, 11));
  if (enrolledOn > lastDate) {
    return { participantId, commands: [] };
  }
  const { facilityId, command: enrol } = enrolment(input, participantId, enrolledOn);
  const dueOut = plannedReleaseDate(random, enrolledOn);
  const releasedOn = dueOut <= lastDate ? dueOut : null;
  const training = planTraining({ random, participantId, enrolledOn, releasedOn, lastDate });
  const release = releasedOn === null ? null : planRelease(random, participantId, facilityId, releasedOn);
  const followUps =
    releasedOn === null ? [] : planFollowUps({ random, participantId, releasedOn, graduated: training.graduated, lastDate });
  const later = [...training.commands, ...(release === null ? [] : [release.command]), ...followUps];
  const inDateOrder = later
    .map((command, order) => ({ command, order }))
    .sort((a, b) => (a.command.businessDate < b.command.businessDate ? -1 : a.command.businessDate > b.command.businessDate ? 1 : a.order - b.order))
    .map(({ command }) => command);
  return { participantId, commands: [enrol, ...inDateOrder] };
};
