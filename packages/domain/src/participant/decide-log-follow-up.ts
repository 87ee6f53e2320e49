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
import { followUpAfterReturnToCustody } from '../errors/lifecycle-errors';
import { detailAfterConsentWithdrawn, personalDataIsErased } from '../errors/privacy-errors';
import { activeEnrolment } from './active-enrolment';
import { Decision, DecisionContext } from './decision';
import { ParticipantState } from './participant-state';

/**
 * Failed attempts are logged too: they are the denominator of the contact rate. A return to custody
 * ends the schedule; after consent is withdrawn a contact carries neither notes nor employment detail.
 */
export const decideLogFollowUp =
  ({ today }: DecisionContext) =>
  (command: LogFollowUp, participant: ParticipantState): Decision => {
    const active = activeEnrolment(participant);
    if (E.isLeft(active)) return active;
    const state = active.right;
    const release = state.release;
    if (release === null) return E.left(notReleased());
    if (isBefore(command.contactedOn, release.releasedOn)) return E.left(contactBeforeRelease(command.contactedOn, release.releasedOn));
    if (isAfter(command.contactedOn, today)) return E.left(contactDateInFuture(command.contactedOn, today));
    if (command.employment !== undefined && command.outcome !== 'reached') return E.left(employmentWithoutReachedContact(command.outcome));
    if (command.outcome === 'not_reached' && command.notReachedReason === undefined) return E.left(notReachedReasonMissing());
    if (command.outcome !== 'not_reached' && command.notReachedReason !== undefined) return E.left(notReachedReasonUnexpected(command.outcome));
    const { custodyReturn } = state;
    if (custodyReturn !== null && !isBefore(command.contactedOn, custodyReturn.returnedOn)) {
      return E.left(followUpAfterReturnToCustody(command.contactedOn, custodyReturn.returnedOn));
    }
    const detailed = command.personalData !== undefined || command.employment !== undefined;
    if (detailed && state.consentWithdrawnOn !== null) return E.left(detailAfterConsentWithdrawn());
    if (command.personalData !== undefined && state.erasedOn !== null) return E.left(personalDataIsErased());
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
