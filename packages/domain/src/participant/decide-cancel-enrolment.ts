import * as E from 'fp-ts/Either';
import type { CancelEnrolment } from '../commands/cancel-enrolment';
import { voidOfAnotherPersonsEntry } from '../errors/lifecycle-errors';
import { personalDataIsErased } from '../errors/privacy-errors';
import { roleMayNotVoid } from '../errors/lifecycle-errors';
import { activeEnrolment } from './active-enrolment';
import type { Decision } from './decision';
import type { ParticipantState } from './participant-state';

/**
 * Cancels an enrolment entered in error: she leaves every figure, the stream and its history stay.
 * Like a void, it is the enrolling registrar's to do, or an admin's.
 */
export const decideCancelEnrolment =
  () =>
  (command: CancelEnrolment, participant: ParticipantState): Decision => {
    const active = activeEnrolment(participant);
    if (E.isLeft(active)) return active;
    const state = active.right;
    const isAdmin = command.by.role === 'admin';
    if (!isAdmin && command.by.role !== 'registrar') return E.left(roleMayNotVoid(command.by.role, 'InmateEnrolled'));
    if (!isAdmin && state.enrolledBy?.id !== command.by.id) return E.left(voidOfAnotherPersonsEntry());
    if (command.personalData !== undefined && state.erasedOn !== null) return E.left(personalDataIsErased());
    return E.right([
      {
        type: 'EnrolmentCancelled',
        data: {
          schemaVersion: 1,
          participantId: command.participantId,
          reason: command.reason,
          ...(command.personalData === undefined ? {} : { personalData: command.personalData }),
        },
      },
    ]);
  };
