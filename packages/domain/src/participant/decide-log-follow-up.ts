import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { LogFollowUp } from '../commands/log-follow-up';
import { isAfter, isBefore } from '../dates/date-arithmetic';
import { DomainError } from '../errors/domain-error';
import {
  contactBeforeRelease,
  contactDateInFuture,
  employmentWithoutReachedContact,
  notReachedReasonMissing,
  notReachedReasonUnexpected,
  notReleased,
} from '../errors/follow-up-errors';
import { milestoneFor } from '../milestones/milestones';
import { Decision, DecisionContext, rejectWhen, requireEnrolled } from './decision';
import { ParticipantState } from './participant-state';

/** Failed attempts are logged too: they are the denominator of the contact rate. */
export const decideLogFollowUp =
  ({ today }: DecisionContext) =>
  (command: LogFollowUp, state: ParticipantState): Decision =>
    pipe(
      requireEnrolled(state),
      E.chain((participant) => E.fromNullable<DomainError>(notReleased())(participant.release)),
      E.chainFirst((release) =>
        rejectWhen(isBefore(command.contactedOn, release.releasedOn), () =>
          contactBeforeRelease(command.contactedOn, release.releasedOn),
        ),
      ),
      E.chainFirst(() =>
        rejectWhen(isAfter(command.contactedOn, today), () => contactDateInFuture(command.contactedOn, today)),
      ),
      E.chainFirst(() =>
        rejectWhen(command.employment !== undefined && command.outcome !== 'reached', () =>
          employmentWithoutReachedContact(command.outcome),
        ),
      ),
      E.chainFirst(() =>
        rejectWhen(command.outcome === 'not_reached' && command.notReachedReason === undefined, notReachedReasonMissing),
      ),
      E.chainFirst(() =>
        rejectWhen(command.outcome !== 'not_reached' && command.notReachedReason !== undefined, () =>
          notReachedReasonUnexpected(command.outcome),
        ),
      ),
      E.map((release) => [
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
      ]),
    );
