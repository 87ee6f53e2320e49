import { auditLogProjection } from './audit-log/audit-log-projection';
import { type Catalogue, type FollowUpWindow, shippedCatalogue } from '@binaan/domain';
import { outcomesProjection } from './outcomes-projection';
import { type RowProjection } from './row-projection';
import { participantDirectoryProjection } from './participant-directory/participant-directory-projection';

export interface DefaultProjectionsOptions {
  /** The programme catalogue graduation is judged by. Default: the shipped catalogue. */
  readonly catalogue?: Catalogue;
  /** Follow-up windows for the worklist and the contact rates. Default: M1/M3/M6 ±15 days, M12 ±30. */
  readonly followUpWindows?: readonly FollowUpWindow[];
}

/**
 * Binaan's projections: `outcomes` (participant_state, participant_status, follow_up_worklist,
 * programme_outcomes), `audit_log`, and `participant_directory` (sealed copies of names; opened on read).
 */
export const defaultProjections = (options: DefaultProjectionsOptions = {}): readonly RowProjection[] => [
  outcomesProjection({
    catalogue: options.catalogue ?? shippedCatalogue,
    ...(options.followUpWindows === undefined ? {} : { followUpWindows: options.followUpWindows }),
  }),
  auditLogProjection,
  participantDirectoryProjection,
];
