import { auditLogProjection } from './audit-log/audit-log-projection';
import { type Catalogue, type FollowUpWindow, shippedCatalogue } from '@binaan/domain';
import { outcomesProjection } from './outcomes-projection';
import { coverageProjection } from './facility-coverage/coverage-projection';
import type { CoverageEligibility } from './facility-coverage/coverage-eligibility';
import { type RowProjection } from './row-projection';
import { participantDirectoryProjection } from './participant-directory/participant-directory-projection';

export interface DefaultProjectionsOptions {
  /** The programme catalogue graduation is judged by. Default: the shipped catalogue. */
  readonly catalogue?: Catalogue;
  /** Follow-up windows for the worklist and the contact rates. Default: M1/M3/M6 ±15 days, M12 ±30. */
  readonly followUpWindows?: readonly FollowUpWindow[];
  /** Which registration classes count towards coverage, held and in the programme. Default: all. */
  readonly coverageEligibility?: CoverageEligibility;
}

/**
 * Binaan's projections: `outcomes` (participant_state, participant_status, follow_up_worklist,
 * programme_outcomes), `audit_log`, `coverage` (facility_coverage), and `participant_directory` (sealed
 * copies of names; opened on read).
 */
export const defaultProjections = (options: DefaultProjectionsOptions = {}): readonly RowProjection[] => [
  outcomesProjection({
    catalogue: options.catalogue ?? shippedCatalogue,
    ...(options.followUpWindows === undefined ? {} : { followUpWindows: options.followUpWindows }),
  }),
  auditLogProjection,
  coverageProjection({
    catalogue: options.catalogue ?? shippedCatalogue,
    ...(options.coverageEligibility === undefined ? {} : { eligibility: options.coverageEligibility }),
  }),
  participantDirectoryProjection,
];
