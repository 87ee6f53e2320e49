import type { NextFollowUp } from '@binaan/projections';

const milestones = ['M1', 'M3', 'M6', 'M12'] as const;

const itemView = (next: NextFollowUp) => ({
  participantId: next.participant_id,
  programmeId: next.programme_id,
  facilityId: next.facility_id,
  milestone: next.milestone,
  releasedOn: next.released_on,
  dueOn: next.due_on,
  windowOpensOn: next.window_opens_on,
  windowClosesOn: next.window_closes_on,
  attempts: next.attempts,
  state: next.state,
});

const countsOf = (pending: readonly NextFollowUp[]) => ({
  due: pending.filter((next) => next.state === 'due').length,
  overdue: pending.filter((next) => next.state === 'overdue').length,
});

/**
 * Released participants whose next follow-up is due (its window is open) or overdue (its window
 * closed without a reached contact). Items name participants, so only roles that work the list get
 * them; everyone else gets the counts.
 */
export const followUpsDueView = (pending: readonly NextFollowUp[], today: string, withItems: boolean) => ({
  today,
  total: countsOf(pending),
  byMilestone: Object.fromEntries(milestones.map((milestone) => [milestone, countsOf(pending.filter((next) => next.milestone === milestone))])),
  ...(withItems ? { items: pending.map(itemView) } : {}),
});

export type FollowUpsDueView = ReturnType<typeof followUpsDueView>;
