import { eventIdFor } from '@binaan/command-handling';
import { addDays, participantStreamName, type LocalDate, type ParticipantId } from '@binaan/domain';
import { demoCommandId, RE_ENROLMENT_INDEX_OFFSET } from '../demo-ids';
import { seededRandom } from '../random/seeded-random';
import { planCohorts } from './cohorts';
import { planParticipant, type ParticipantPlan } from './plan-participant';
import { planPopulationCounts } from './plan-population';
import type { PlannedCommand } from './planned-command';
import { recordingTimes } from './recording-times';

export interface ProgrammePlan {
  readonly participantIds: readonly string[];
  /** Every command in the order it is recorded: by recordedAt, as the office would have typed them in. */
  readonly commands: readonly PlannedCommand[];
}

/** Recorded before today began in Asia/Jakarta: nothing in the demo claims to be recorded in the future. */
const recordedBefore = (today: LocalDate): Date => new Date(`${today}T00:00:00+07:00`);

/** The id of the first event the void's target command wrote: ids follow from command ids. */
const voidedEventId = (seed: number, participantIndex: number, participantId: string, sequence: number): string =>
  eventIdFor(demoCommandId(seed, participantIndex, sequence), participantStreamName(participantId as ParticipantId), 0);

/** The population counts are numbered apart from every participant's commands. */
export const POPULATION_COUNTS = -1;

const byRecordingOrder = (a: PlannedCommand, b: PlannedCommand): number =>
  a.recordedAt.getTime() - b.recordedAt.getTime() || a.participantIndex - b.participantIndex || a.sequence - b.sequence;

/** The whole demo programme, the same for the same seed, participant count and today. */
export const planProgramme = (options: { readonly participants: number; readonly seed: number; readonly today: LocalDate }): ProgrammePlan => {
  const random = seededRandom(options.seed);
  const lastDate = addDays(options.today, -1);
  const cutoff = recordedBefore(options.today);
  const takenRegistrations = new Set<string>();
  const participantIds: string[] = [];
  const commands: PlannedCommand[] = [];
  let index = 0;
  /** One participant's commands, numbered and timed; none recorded before `notBefore`. */
  const timedCommands = (plan: ParticipantPlan, participantIndex: number, notBefore?: Date): readonly PlannedCommand[] => {
    const times = recordingTimes(random, plan.commands.map((command) => command.businessDate));
    const timed = plan.commands.map(({ voids, ...command }, sequence) => {
      const natural = times[sequence] ?? cutoff;
      return {
        ...command,
        ...(voids === undefined ? {} : { input: { ...command.input, eventId: voidedEventId(options.seed, participantIndex, plan.participantId, voids) } }),
        participantIndex,
        sequence,
        recordedAt: notBefore !== undefined && natural <= notBefore ? new Date(notBefore.getTime() + (sequence + 1) * 60_000) : natural,
      };
    });
    // A step not yet recorded by today holds back every later step of the same person.
    const firstUnrecorded = timed.findIndex((command) => command.recordedAt >= cutoff);
    return firstUnrecorded === -1 ? timed : timed.slice(0, firstUnrecorded);
  };
  for (const cohort of planCohorts(options.today, options.participants)) {
    for (let member = 0; member < cohort.participants; member += 1, index += 1) {
      const plan = planParticipant({ random, seed: options.seed, index, cohortMonth: cohort.month, lastDate, takenRegistrations });
      const kept = timedCommands(plan, index);
      if (kept.length === 0) continue;
      participantIds.push(plan.participantId);
      commands.push(...kept);
      const lastRecorded = kept[kept.length - 1]?.recordedAt;
      // Enrolled again only once everything of her first enrolment is on record, its end included.
      if (plan.reEnrolment !== undefined && kept.length === plan.commands.length && lastRecorded !== undefined) {
        const again = timedCommands(plan.reEnrolment, RE_ENROLMENT_INDEX_OFFSET + index, lastRecorded);
        if (again.length === 0) continue;
        participantIds.push(plan.reEnrolment.participantId);
        commands.push(...again);
      }
    }
  }
  planPopulationCounts(random, lastDate)
    .map((command) => ({ ...command, recordedAt: new Date(Date.parse(`${command.businessDate}T09:00:00+07:00`)) }))
    .filter((command) => command.recordedAt < cutoff)
    .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime())
    .forEach((command, sequence) => commands.push({ ...command, participantIndex: POPULATION_COUNTS, sequence }));
  return { participantIds, commands: commands.sort(byRecordingOrder) };
};
