import { addMonths, milestoneWindow, shippedCatalogue, type LocalDate, type ParticipantId } from '@binaan/domain';
import type { EventStore } from '@binaan/event-store';
import { loadParticipantHistory } from '@binaan/projections';

/** A participant whose personal data has been kept past the retention period. */
export interface ExpiredParticipant {
  readonly participantId: ParticipantId;
  /** The day her last follow-up window (M12) closed: the record's purpose ended then. */
  readonly lastMilestoneClosedOn: LocalDate;
  /** `years` after that: from this day on her personal data may no longer be kept. */
  readonly retainedUntil: LocalDate;
}

/** Every participant id of the store, from the enrolments, in the order enrolled. */
const enrolledParticipants = async (events: EventStore): Promise<readonly ParticipantId[]> => {
  const ids: ParticipantId[] = [];
  for await (const event of events.readAll({ fromPosition: 'start', filter: { streamPrefixes: ['participant-'], eventTypes: ['InmateEnrolled'] } })) {
    const id = event.data['participantId'];
    if (event.type === 'InmateEnrolled' && typeof id === 'string' && !ids.includes(id as ParticipantId)) ids.push(id as ParticipantId);
  }
  return ids;
};

/**
 * The released participants, not yet erased, whose last follow-up window closed more than `years`
 * years before `today`. Each history is replayed with the domain's own rules, so a voided release
 * or an erasure already made count as they do everywhere else.
 */
export const findExpiredParticipants = async (events: EventStore, years: number, today: LocalDate): Promise<readonly ExpiredParticipant[]> => {
  const expired: ExpiredParticipant[] = [];
  for (const participantId of await enrolledParticipants(events)) {
    const history = await loadParticipantHistory(events, shippedCatalogue, participantId, {});
    const state = history.entries.at(-1)?.stateAfter;
    if (state?.status !== 'enrolled' || state.erasedOn !== null || state.release === null) continue;
    const lastMilestoneClosedOn = milestoneWindow(state.release.releasedOn, 'M12').closesOn;
    const retainedUntil = addMonths(lastMilestoneClosedOn, 12 * years);
    if (retainedUntil < today) expired.push({ participantId, lastMilestoneClosedOn, retainedUntil });
  }
  return expired;
};
