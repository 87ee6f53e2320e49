import { defaultFollowUpWindows, type FollowUpWindow } from '@binaan/domain';
import type { ParticipantStatusRow, ProgrammeOutcomeRow } from '../read-model-rows';
import { programmeOutcome } from './programme-outcomes';

/** The outcome figures of the participants of one programme who go home to one regency (null: not recorded). */
export type HomeRegencyOutcomeRow = Omit<ProgrammeOutcomeRow, 'facility_id' | 'cohort'> & { readonly home_regency: string | null };

interface RegencyGroup {
  readonly programmeId: string;
  readonly homeRegency: string | null;
  readonly rows: ParticipantStatusRow[];
}

/** A regency not recorded sorts last. */
const regencyOrder = (value: string | null): string => value ?? '\uffff';

/** By programme, then by regency code. The comparisons below never meet a tie, so `<` and `<=` order alike. */
const byProgrammeThenRegency = (a: RegencyGroup, b: RegencyGroup): number => {
  if (a.programmeId !== b.programmeId) {
    // Stryker disable next-line EqualityOperator: the two programmes differ here
    return a.programmeId < b.programmeId ? -1 : 1;
  }
  // Stryker disable next-line EqualityOperator: one group per regency within a programme, so two regencies never tie
  return regencyOrder(a.homeRegency) < regencyOrder(b.homeRegency) ? -1 : 1;
};

/**
 * Outcomes per programme × home regency, worked out at query time from participant_status rows with
 * the same arithmetic as programme_outcomes (so a region's figures and a cohort's mean the same
 * thing), sorted by programme then regency code (not recorded last). No table: the groups follow the
 * filter the caller applied to the rows.
 */
export const outcomesByHomeRegency = (
  rows: readonly ParticipantStatusRow[],
  referenceDate: string,
  windows: readonly FollowUpWindow[] = defaultFollowUpWindows,
): readonly HomeRegencyOutcomeRow[] => {
  const groups = new Map<string, RegencyGroup>();
  for (const row of rows) {
    const key = JSON.stringify([row.programme_id, row.home_regency]);
    const group = groups.get(key) ?? { programmeId: row.programme_id, homeRegency: row.home_regency, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()].sort(byProgrammeThenRegency).map((group) => {
    const { facility_id: _facility, cohort: _cohort, ...figures } = programmeOutcome(
      // Stryker disable next-line StringLiteral: the two keys are dropped by the destructuring above
      { programme_id: group.programmeId, facility_id: '', cohort: '' },
      group.rows,
      referenceDate,
      windows,
    );
    return { ...figures, home_regency: group.homeRegency };
  });
};
