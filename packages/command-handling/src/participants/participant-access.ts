import {
  fieldOutsideScope,
  notEnrolled,
  placeOf,
  scopeReaches,
  type ParticipantCommand,
  type ParticipantScope,
  type ParticipantState,
} from '@binaan/domain';
import { accessAllowed, type CommandAccess } from '../handling/command-access';
import { enrolmentOutsideCallerScope, type ParticipantCommandError } from './participant-command-errors';

/**
 * Who may act on a participant, judged on her own stream as loaded for the command: only a caller whose
 * scope reaches where she is held now and the programme she is in. Anyone else is answered as for a
 * participant nobody enrolled (NOT_ENROLLED, nothing written), so a refusal tells no one she exists.
 * An enrolment is judged on what it names: a unit or programme outside the caller's scope is refused,
 * naming the field. (An enrolment that names the id of someone already enrolled is then the decider's
 * ALREADY_ENROLLED, wherever she is: it can never write, and the id is a UUID the caller already holds.)
 */
export const participantAccess =
  (scope: ParticipantScope) =>
  (command: ParticipantCommand, state: ParticipantState): CommandAccess<ParticipantCommandError> => {
    if (command.type === 'EnrollInmate') {
      const field = fieldOutsideScope(scope, command);
      return field === undefined ? accessAllowed : { kind: 'refused', error: enrolmentOutsideCallerScope(field) };
    }
    const place = placeOf(state);
    return place === undefined || scopeReaches(scope, place) ? accessAllowed : { kind: 'hidden', error: notEnrolled() };
  };
