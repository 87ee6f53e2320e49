import { defaultFollowUpWindows, type FollowUpWindow } from '@binaan/domain';
import type { ParticipantStatusRow, ProgrammeOutcomeRow } from '../read-model-rows';
import { programmeOutcome } from './programme-outcomes';

/** The outcome figures of the participants of one programme who go home to one regency (null: not recorded). */
export type HomeRegencyOutcomeRow = Omit<ProgrammeOutcomeRow, 'facility_id' | 'cohort'> & { readonly home_regency: string | null };

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
  const groups = new Map<string, { readonly programmeId: string; readonly homeRegency: string | null; readonly rows: ParticipantStatusRow[] }>();
  for (const row of rows) {
    const key = JSON.stringify([row.programme_id, row.home_regency]);
    const group = groups.get(key) ?? { programmeId: row.programme_id, homeRegency: row.home_regency, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const order = (value: string | null) => value ?? '\uffff';
  return [...groups.values()]
    .sort((a, b) => (a.programmeId !== b.programmeId ? (a.programmeId < b.programmeId ? -1 : 1) : order(a.homeRegency) < order(b.homeRegency) ? -1 : 1))
    .map((group) => {
      const { facility_id: _facility, cohort: _cohort, ...figures } = programmeOutcome(
        { programme_id: group.programmeId, facility_id: '', cohort: '' },
        group.rows,
        referenceDate,
        windows,
      );
      return { ...figures, home_regency: group.homeRegency };
    });
};
