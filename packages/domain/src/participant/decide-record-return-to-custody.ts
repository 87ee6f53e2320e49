import * as E from 'fp-ts/Either';
import type { RecordReturnToCustody } from '../commands/record-return-to-custody';
import { notReleased } from '../errors/follow-up-errors';
import { alreadyReturnedToCustody } from '../errors/lifecycle-errors';
import { activeEnrolment } from './active-enrolment';
import type { Decision, DecisionContext } from './decision';
import { lifecycleDateError } from './lifecycle-dates';
import type { ParticipantState } from './participant-state';

/** A released person is in custody again (parole revoked, a new offence): her follow-up schedule ends. */
export const decideRecordReturnToCustody =
  ({ today }: DecisionContext) =>
  (command: RecordReturnToCustody, participant: ParticipantState): Decision => {
    const active = activeEnrolment(participant);
    if (E.isLeft(active)) return active;
    const state = active.right;
    if (state.release === null) return E.left(notReleased());
    if (state.custodyReturn !== null) return E.left(alreadyReturnedToCustody());
    const dateError = lifecycleDateError('returnedOn', command.returnedOn, { date: state.release.releasedOn, what: 'the release' }, today);
    if (dateError !== undefined) return E.left(dateError);
    return E.right([
      {
        type: 'ReturnedToCustody',
        data: { schemaVersion: 1, participantId: command.participantId, returnedOn: command.returnedOn, kind: command.kind },
      },
    ]);
  };
