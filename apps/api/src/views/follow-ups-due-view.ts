import type { Catalogue } from '@binaan/domain';
import type { FollowUpsDueCount, FollowUpsDuePage, NextFollowUp } from '@binaan/projections';
import { formatFollowUpsDueCursor } from '../reports/follow-ups-due-cursor';

const milestones = ['M1', 'M3', 'M6', 'M12'] as const;

/**
 * Where she goes home to, named from the catalogue, and whether that lies outside the regency whose
 * office runs the programme (the catalogue's `regency` of the programme): such a contact is handed to
 * the office of her home regency. Null when no home regency was recorded.
 */
const homeRegencyView = (next: NextFollowUp, catalogue: Catalogue) => {
  if (next.home_regency === null) return { homeRegency: null, outsideProgrammeRegency: null };
  const programmeRegency = catalogue.programmes.find((programme) => programme.id === next.programme_id)?.regency ?? null;
  return {
    homeRegency: { code: next.home_regency, name: catalogue.regencies.find((regency) => regency.code === next.home_regency)?.name ?? null },
    outsideProgrammeRegency: programmeRegency === null ? null : next.home_regency !== programmeRegency,
  };
};

/** Who she is and how to reach her, shown to a case worker of her facility only. */
export interface WorklistContact {
  readonly fullName: string;
  readonly registrationNumber: string;
  readonly phone?: string;
  readonly addressAfterRelease?: string;
  readonly familyContact?: { readonly name: string; readonly relationship: string; readonly phone: string };
  readonly preferredChannel?: string;
}

const itemView = (next: NextFollowUp, catalogue: Catalogue, contacts: ReadonlyMap<string, WorklistContact> | undefined) => ({
  participantId: next.participant_id,
  programmeId: next.programme_id,
  facilityId: next.facility_id,
  ...homeRegencyView(next, catalogue),
  milestone: next.milestone,
  releasedOn: next.released_on,
  dueOn: next.due_on,
  windowOpensOn: next.window_opens_on,
  windowClosesOn: next.window_closes_on,
  attempts: next.attempts,
  state: next.state,
  ...(contacts === undefined ? {} : { contact: contacts.get(next.participant_id) ?? null }),
});

const countsOf = (counts: readonly FollowUpsDueCount[], milestone?: string) => {
  const sum = (state: FollowUpsDueCount['state']) =>
    counts.filter((count) => count.state === state && (milestone === undefined || count.milestone === milestone)).reduce((total, count) => total + count.count, 0);
  return { due: sum('due'), overdue: sum('overdue') };
};

/**
 * Released participants whose next follow-up is due (its window is open) or overdue (its window
 * closed without a reached contact): counted whole, listed a page at a time (`nextAfter` asks for the
 * next page; null after the last). Items name participants, so only roles that work the list get them;
 * everyone else gets the counts. With `contacts` (a case worker's request), each item also names her
 * and says how to reach her, or null when she is outside the case worker's facilities.
 */
export const followUpsDueView = (
  due: FollowUpsDuePage,
  today: string,
  withItems: boolean,
  catalogue: Catalogue,
  contacts?: ReadonlyMap<string, WorklistContact>,
) => ({
  today,
  total: countsOf(due.counts),
  byMilestone: Object.fromEntries(milestones.map((milestone) => [milestone, countsOf(due.counts, milestone)])),
  ...(withItems
    ? { items: due.items.map((next) => itemView(next, catalogue, contacts)), nextAfter: due.next === null ? null : formatFollowUpsDueCursor(due.next) }
    : {}),
});

export type FollowUpsDueView = ReturnType<typeof followUpsDueView>;
