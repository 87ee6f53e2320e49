import { addDays, daysBetween, type LocalDate } from '@binaan/domain';
import { DEMO_FACILITIES } from '../demo-defaults';
import type { SeededRandom } from '../random/seeded-random';
import { registrarFor } from './demo-actors';
import type { UntimedCommand } from './planned-command';

/** Shares of the things that happen to a record in a real programme, roughly as staff report them. */
const EXIT_CHANCE = 0.05;
const TRANSFER_CHANCE = 0.06;
const WRONG_RESULT_CHANCE = 0.04;
const WRONG_RELEASE_TYPE_CHANCE = 0.02;
const RETURN_TO_CUSTODY_CHANCE = 0.12;

const EXIT_REASONS: readonly (readonly [string, number])[] = [
  ['transferred_out', 30],
  ['withdrew', 25],
  ['health', 20],
  ['disciplinary', 10],
  ['escaped', 5],
  ['died', 4],
  ['other', 6],
];

/** Parole-like releases come back mostly as revocations (pencabutan); others only by a new offence. */
const PAROLE_LIKE = ['pembebasan_bersyarat', 'cuti_bersyarat', 'cuti_menjelang_bebas', 'asimilasi'];

export interface LifecycleContext {
  /** A generator of its own, so the rest of the demo stays as it was. */
  readonly random: SeededRandom;
  readonly participantId: string;
  readonly facilityId: string;
  readonly enrolledOn: LocalDate;
  readonly lastDate: LocalDate;
}

const ofType = (command: UntimedCommand, type: string): boolean => command.input.type === type;

const before = (commands: readonly UntimedCommand[], date: LocalDate): readonly UntimedCommand[] =>
  commands.filter((command) => command.businessDate < date);

/** She leaves before release: nothing of hers is recorded after the exit. */
const withExit = (context: LifecycleContext, commands: readonly UntimedCommand[]): readonly UntimedCommand[] => {
  const release = commands.find((command) => ofType(command, 'RecordRelease'));
  const latest = release === undefined ? context.lastDate : addDays(release.businessDate, -1);
  const earliest = addDays(context.enrolledOn, 20);
  if (latest <= earliest) return commands;
  const exitedOn = addDays(earliest, context.random.integer(0, daysBetween(earliest, latest)));
  const reason = context.random.weighted(EXIT_REASONS);
  const exit: UntimedCommand = {
    businessDate: exitedOn,
    actor: registrarFor(context.random, context.facilityId),
    input: { type: 'ExitParticipant', participantId: context.participantId, exitedOn, reason, ...(reason === 'other' ? { personalData: { note: 'Dipindahkan ke layanan rehabilitasi lain (sintetis)' } } : {}) },
  };
  return [...before(commands, exitedOn).filter((command) => !ofType(command, 'RecordRelease')), exit];
};

/** Pemindahan during training to the other women's prison, where the programme also runs. */
const withTransfer = (context: LifecycleContext, commands: readonly UntimedCommand[]): readonly UntimedCommand[] => {
  const release = commands.find((command) => ofType(command, 'RecordRelease'));
  const latest = release === undefined ? context.lastDate : addDays(release.businessDate, -1);
  const earliest = addDays(context.enrolledOn, 30);
  if (context.facilityId !== DEMO_FACILITIES.women || latest <= earliest) return commands;
  const transferredOn = addDays(earliest, context.random.integer(0, daysBetween(earliest, latest)));
  const transfer: UntimedCommand = {
    businessDate: transferredOn,
    actor: registrarFor(context.random, context.facilityId),
    input: { type: 'TransferParticipant', participantId: context.participantId, transferredOn, toFacilityId: DEMO_FACILITIES.womenTransferredTo },
  };
  return [...commands, transfer];
};

/**
 * An entry recorded wrong, voided by the person who recorded it, and recorded right: an assessment
 * with the wrong result, or a release of the wrong type (put right before any contact rests on it).
 */
const withCorrection = (context: LifecycleContext, commands: readonly UntimedCommand[], wrongRelease: boolean): readonly UntimedCommand[] => {
  const at = wrongRelease
    ? commands.findIndex((command) => ofType(command, 'RecordRelease'))
    : commands.findIndex((command) => ofType(command, 'CompleteModule') && command.input['result'] === 'not_yet_competent');
  const right = commands[at];
  if (right === undefined) return commands;
  const wrong: UntimedCommand = wrongRelease
    ? { ...right, input: { ...right.input, releaseType: right.input['releaseType'] === 'bebas_murni' ? 'asimilasi' : 'bebas_murni' } }
    : { ...right, input: { ...right.input, result: 'competent' } };
  const voided: UntimedCommand = {
    businessDate: right.businessDate,
    actor: right.actor,
    voids: at,
    input: { type: 'VoidEntry', participantId: context.participantId, eventId: '', reason: 'data_entry_error' },
  };
  return [...commands.slice(0, at), wrong, voided, right, ...commands.slice(at + 1)];
};

/** Back in custody some months after release: the follow-up schedule ends there. */
const withReturnToCustody = (context: LifecycleContext, commands: readonly UntimedCommand[]): readonly UntimedCommand[] => {
  const release = commands.find((command) => ofType(command, 'RecordRelease'));
  if (release === undefined) return commands;
  const returnedOn = addDays(release.businessDate, context.random.integer(40, 400));
  if (returnedOn > context.lastDate) return commands;
  const kind = PAROLE_LIKE.includes(String(release.input['releaseType'])) && context.random.chance(0.7) ? 'parole_revoked' : context.random.chance(0.8) ? 'new_offence' : 'unknown';
  const custody: UntimedCommand = {
    businessDate: returnedOn,
    actor: registrarFor(context.random, context.facilityId),
    input: { type: 'RecordReturnToCustody', participantId: context.participantId, returnedOn, kind },
  };
  return [...commands.filter((command) => !ofType(command, 'LogFollowUp') || command.businessDate < returnedOn), custody];
};

/** When a release was recorded, how to reach her (made-up numbers) and where she goes home to. */
const withContactAtRelease = (context: LifecycleContext, commands: readonly UntimedCommand[]): readonly UntimedCommand[] =>
  commands.map((command) =>
    ofType(command, 'RecordRelease') && context.random.chance(0.7)
      ? {
          ...command,
          input: {
            ...command.input,
            personalData: {
              phone: `0812-${context.random.integer(1000, 9999)}-${context.random.integer(1000, 9999)}`,
              preferredChannel: context.random.pick(['phone', 'whatsapp', 'sms', 'visit'] as const),
            },
          },
        }
      : command,
  );

/** The life of one record, applied to her planned commands: the commands in business-date order. */
export const planLifecycle = (context: LifecycleContext, planned: readonly UntimedCommand[]): readonly UntimedCommand[] => {
  const { random } = context;
  let commands = withContactAtRelease(context, planned);
  if (random.chance(TRANSFER_CHANCE)) commands = withTransfer(context, commands);
  if (random.chance(EXIT_CHANCE)) commands = withExit(context, commands);
  if (random.chance(RETURN_TO_CUSTODY_CHANCE)) commands = withReturnToCustody(context, commands);
  const byDate = commands
    .map((command, order) => ({ command, order }))
    .sort((a, b) => (a.command.businessDate < b.command.businessDate ? -1 : a.command.businessDate > b.command.businessDate ? 1 : a.order - b.order))
    .map(({ command }) => command);
  if (random.chance(WRONG_RELEASE_TYPE_CHANCE)) return withCorrection(context, byDate, true);
  if (random.chance(WRONG_RESULT_CHANCE)) return withCorrection(context, byDate, false);
  return byDate;
};

