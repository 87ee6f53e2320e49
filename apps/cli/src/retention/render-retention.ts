import { renderTable } from '../output/table';
import type { ExpiredParticipant } from './find-expired-participants';

/** Ids and dates only: a retention list never names anyone. */
export const renderExpiredTable = (expired: readonly ExpiredParticipant[]): string =>
  renderTable(
    ['participant id', 'last follow-up window closed', 'kept until'],
    expired.map((participant) => [participant.participantId, participant.lastMilestoneClosedOn, participant.retainedUntil]),
  );
