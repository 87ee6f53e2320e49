import type { LocalDate } from '@binaan/domain';
import type { SeededRandom } from '../random/seeded-random';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Share of commands typed in long after the fact, e.g. from paper forms collected at a facility. */
const LATE_RECORDING_CHANCE = 0.07;

/** A moment in office hours (08:00–16:00 Asia/Jakarta) on the given business date. */
const officeHoursOn = (random: SeededRandom, date: LocalDate): Date =>
  new Date(Date.parse(`${date}T08:00:00+07:00`) + random.integer(0, 8 * 60) * MINUTE_MS);

/** Most steps are recorded the same day or within a few days; some arrive months late. */
const naturalRecordingTime = (random: SeededRandom, businessDate: LocalDate, lateAllowed: boolean): Date => {
  const delayDays =
    lateAllowed && random.chance(LATE_RECORDING_CHANCE)
      ? random.integer(45, 200)
      : random.weighted([
          [0, 60],
          [1, 20],
          [random.integer(2, 5), 20],
        ]);
  return new Date(officeHoursOn(random, businessDate).getTime() + delayDays * DAY_MS);
};

/**
 * Recording times for one participant's commands in their order. A step is never recorded before
 * the step it depends on, so a late recording holds back what follows it, as a backlog does.
 */
export const recordingTimes = (random: SeededRandom, businessDates: readonly LocalDate[]): readonly Date[] => {
  const times: Date[] = [];
  businessDates.forEach((businessDate, index) => {
    const natural = naturalRecordingTime(random, businessDate, index > 0);
    const previous = times[index - 1];
    times.push(previous !== undefined && natural <= previous ? new Date(previous.getTime() + random.integer(1, 30) * MINUTE_MS) : natural);
  });
  return times;
};

/** Recorded more than this many days after the business date counts as a late recording. */
export const LATE_RECORDING_DAYS = 30;

export const isLateRecording = (businessDate: LocalDate, recordedAt: Date): boolean =>
  recordedAt.getTime() - Date.parse(`${businessDate}T00:00:00+07:00`) > (LATE_RECORDING_DAYS + 1) * DAY_MS;
