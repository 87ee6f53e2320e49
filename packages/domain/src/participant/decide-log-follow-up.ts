import * as E from 'fp-ts/Either';
import { LogFollowUp } from '../commands/log-follow-up';
import { isAfter, isBefore } from '../dates/date-arithmetic';
import {
  contactBeforeRelease,
  contactDateInFuture,
  employmentWithoutReachedContact,
  notReachedReasonMissing,
  notReachedReasonUnexpected,
  notReleased,
} from '../errors/follow-up-errors';
import { milestoneFor } from '../milestones/milestones';
import { notEnrolled } from '../errors/participant-errors';
import { Decision, DecisionContext } from './decision';
import { ParticipantState } from './participant-state';

/** Failed attempts are logged too: they are the denominator of the contact rate. */
export const decideLogFollowUp =
  ({ today }: DecisionContext) =>
  (command: LogFollowUp, state: ParticipantState): Decision => {
    if (state.status !== 'enrolled') return E.left(notEnrolled());
    const release = state.release;
    if (release === null) return E.left(notReleased());
    if (isBefore(command.contactedOn, release.releasedOn)) return E.left(contactBeforeRelease(command.contactedOn, release.releasedOn));
    if (isAfter(command.contactedOn, today)) return E.left(contactDateInFuture(command.contactedOn, today));
    if (command.employment !== undefined && command.outcome !== 'reached') return E.left(employmentWithoutReachedContact(command.outcome));
    if (command.outcome === 'not_reached' && command.notReachedReason === undefined) return E.left(notReachedReasonMissing());
    if (command.outcome !== 'not_reached' && command.notReachedReason !== undefined) return E.left(notReachedReasonUnexpected(command.outcome));
    return E.right([
      {
        type: 'FollowUpLogged',
        data: {
          schemaVersion: 1,
          participantId: command.participantId,
          contactedOn: command.contactedOn,
          channel: command.channel,
          outcome: command.outcome,
          needs: command.needs,
          referrals: command.referrals,
          milestone: milestoneFor(release.releasedOn, command.contactedOn),
          ...(command.notReachedReason === undefined ? {} : { notReachedReason: command.notReachedReason }),
          ...(command.employment === undefined ? {} : { employment: command.employment }),
          ...(command.personalData === undefined ? {} : { personalData: command.personalData }),
        },
      },
    ]);
  };
