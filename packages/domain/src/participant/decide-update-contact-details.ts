import * as E from 'fp-ts/Either';
import type { UpdateContactDetails } from '../commands/update-contact-details';
import { detailAfterConsentWithdrawn, personalDataIsErased } from '../errors/privacy-errors';
import { activeEnrolment } from './active-enrolment';
import type { Decision, DecisionContext } from './decision';
import { lifecycleDateError } from './lifecycle-dates';
import type { ParticipantState } from './participant-state';

/** How to reach her, kept for follow-up: only while she consents and her data is not erased. */
export const decideUpdateContactDetails =
  ({ today }: DecisionContext) =>
  (command: UpdateContactDetails, participant: ParticipantState): Decision => {
    const active = activeEnrolment(participant);
    if (E.isLeft(active)) return active;
    const state = active.right;
    if (state.erasedOn !== null) return E.left(personalDataIsErased());
    if (state.consentWithdrawnOn !== null) return E.left(detailAfterConsentWithdrawn());
    const dateError = lifecycleDateError('updatedOn', command.updatedOn, { date: state.enrolledOn, what: 'the enrolment' }, today);
    if (dateError !== undefined) return E.left(dateError);
    return E.right([
      {
        type: 'ContactDetailsUpdated',
        data: { schemaVersion: 1, participantId: command.participantId, updatedOn: command.updatedOn, personalData: command.personalData },
      },
    ]);
  };
