import * as E from 'fp-ts/Either';
import type { WithdrawConsent } from '../commands/withdraw-consent';
import { notEnrolled } from '../errors/participant-errors';
import { consentAlreadyWithdrawn } from '../errors/privacy-errors';
import type { Decision, DecisionContext } from './decision';
import { lifecycleDateError } from './lifecycle-dates';
import type { ParticipantState } from './participant-state';

/** A privacy act: taken whatever became of the enrolment, a cancelled one included. */
export const decideWithdrawConsent =
  ({ today }: DecisionContext) =>
  (command: WithdrawConsent, state: ParticipantState): Decision => {
    if (state.status !== 'enrolled') return E.left(notEnrolled());
    if (state.consentWithdrawnOn !== null) return E.left(consentAlreadyWithdrawn());
    const dateError = lifecycleDateError('withdrawnOn', command.withdrawnOn, { date: state.enrolledOn, what: 'the enrolment' }, today);
    if (dateError !== undefined) return E.left(dateError);
    return E.right([{ type: 'ConsentWithdrawn', data: { schemaVersion: 1, participantId: command.participantId, withdrawnOn: command.withdrawnOn } }]);
  };
