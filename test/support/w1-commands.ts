import { randomUUID } from 'node:crypto';
import type { ParticipantCommandInput } from '@binaan/domain';
import { numberedParticipantId, syntheticPerson } from '@binaan/testing';

const assessments: readonly (readonly [string, string])[] = [
  ['sulam-dasar', '2019-09-10'],
  ['sulam-lanjutan', '2019-10-10'],
  ['pengembangan-usaha', '2019-11-11'],
  ['pemasaran-penjualan', '2019-12-09'],
  ['pendanaan-usaha', '2020-01-13'],
];

/** A clock after every business date the W1 workload uses. */
export const w1Clock = (): Date => new Date('2021-06-01T02:00:00Z');

/** Commands as a client sends them: plain JSON, checked by command handling. */
type Builder = (n: number, participantId: string) => Readonly<Record<string, unknown>>;

const enrolment: Builder = (n, participantId) => {
  const person = syntheticPerson(n);
  return {
    type: 'EnrollInmate',
    participantId,
    programmeId: 'sulam-malang-2019',
    facilityId: n % 2 === 0 ? 'lapas-perempuan-malang' : 'lapas-kelas-i-malang',
    registrationClass: 'B.I',
    enrolledOn: '2019-08-01',
    consent: { given: true, recordedOn: '2019-08-01' },
    personalData: { ...person, registrationNumber: `${person.registrationNumber}-${n}` },
  };
};

const completion =
  ([moduleId, assessedOn]: readonly [string, string]): Builder =>
  (_n, participantId) =>
    ({ type: 'CompleteModule', participantId, moduleId, result: 'competent', assessedOn });

const release: Builder = (_n, participantId) => ({ type: 'RecordRelease', participantId, releaseType: 'pembebasan_bersyarat', releasedOn: '2020-03-02' });

const followUp =
  (contactedOn: string, reachedWhen: (n: number) => boolean): Builder =>
  (n, participantId) => {
    const reached = reachedWhen(n);
    return {
      type: 'LogFollowUp',
      participantId,
      contactedOn,
      channel: 'phone',
      outcome: reached ? 'reached' : 'not_reached',
      ...(reached
        ? { employment: { status: 'self_employed', usesTrainedSkill: true, businessStatus: 'running', salesChannel: 'online', incomeBand: '500k_to_1m' } }
        : { notReachedReason: 'no_answer' }),
      needs: reached ? ['capital'] : [],
      referrals: [],
    };
  };

/**
 * Workload W1 for one participant: 1 enrolment, 5 module assessments, 1 release and 3 follow-ups
 * (at M1, M3 and M6), in the order a programme would record them.
 */
const steps: readonly Builder[] = [
  enrolment,
  ...assessments.map(completion),
  release,
  followUp('2020-04-02', (n) => n % 5 !== 0),
  followUp('2020-06-02', () => true),
  followUp('2020-09-02', (n) => n % 3 !== 0),
];

/** How many commands W1 issues for each participant. */
export const W1_COMMANDS_PER_PARTICIPANT = steps.length;

/** One step (0-9) of participant n's W1 commands, built alone (a benchmark builds only what it issues). */
export const w1Command = (n: number, participantId: string, step: number): ParticipantCommandInput => {
  const build = steps[step];
  if (build === undefined) throw new RangeError(`W1 has steps 0 to ${steps.length - 1}, not ${step}`);
  return build(n, participantId) as unknown as ParticipantCommandInput;
};

/** All ten of participant n's W1 commands, in order. */
export const w1Commands = (n: number, participantId: string = numberedParticipantId(n)): ParticipantCommandInput[] =>
  steps.map((build) => build(n, participantId) as unknown as ParticipantCommandInput);

export const commandEnvelope = (command: ParticipantCommandInput, role = 'admin') => ({
  commandId: randomUUID(),
  actor: { id: `${role}-bench`, role },
  command,
});
