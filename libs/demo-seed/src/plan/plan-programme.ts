import { addDays, type LocalDate } from '@binaan/domain';
import { seededRandom } from '../random/seeded-random';
import { planCohorts } from './cohorts';
import { planParticipant } from './plan-participant';
import type { PlannedCommand } from './planned-command';
import { recordingTimes } from './recording-times';

export interface ProgrammePlan {
  readonly participantIds: readonly string[];
  /** Every command in the order it is recorded: by recordedAt, as the office would have typed them in. */
  readonly commands: readonly PlannedCommand[];
}

/** Recorded before today began in Asia/Jakarta: nothing in the demo claims to be recorded in the future. */
const recordedBefore = (today: LocalDate): Date => new Date(`${today}T00:00:00+07:00`);

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
  for (const cohort of planCohorts(options.today, options.participants)) {
    for (let member = 0; member < cohort.participants; member += 1, index += 1) {
      const plan = planParticipant({ random, seed: options.seed, index, cohortMonth: cohort.month, lastDate, takenRegistrations });
      const times = recordingTimes(random, plan.commands.map((command) => command.businessDate));
      const timed = plan.commands.map((command, sequence) => ({ ...command, participantIndex: index, sequence, recordedAt: times[sequence] ?? cutoff }));
      // A step not yet recorded by today holds back every later step of the same person.
      const firstUnrecorded = timed.findIndex((command) => command.recordedAt >= cutoff);
      const kept = firstUnrecorded === -1 ? timed : timed.slice(0, firstUnrecorded);
      if (kept.length === 0) continue;
      participantIds.push(plan.participantId);
      commands.push(...kept);
    }
  }
  return { participantIds, commands: commands.sort(byRecordingOrder) };
};
