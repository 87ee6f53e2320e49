import * as E from 'fp-ts/Either';
import * as O from 'fp-ts/Option';
import { findFacility, findProgramme, offersProgramme } from '../catalogue/catalogue-lookup';
import type { TransferParticipant } from '../commands/transfer-participant';
import { facilityNotFound } from '../errors/enrolment-errors';
import { facilityDoesNotOfferProgramme, participantExited, transferAfterRelease, transferToSameFacility } from '../errors/lifecycle-errors';
import { curriculumNotFound } from '../errors/participant-errors';
import { activeEnrolment } from './active-enrolment';
import type { Decision, DecisionContext } from './decision';
import { lifecycleDateError } from './lifecycle-dates';
import type { ParticipantState } from './participant-state';

/** Pemindahan to another unit that runs the same programme: she continues her training there. */
export const decideTransferParticipant =
  ({ catalogue, today }: DecisionContext) =>
  (command: TransferParticipant, participant: ParticipantState): Decision => {
    const active = activeEnrolment(participant);
    if (E.isLeft(active)) return active;
    const state = active.right;
    if (state.exit !== null) return E.left(participantExited());
    if (state.release !== null) return E.left(transferAfterRelease());
    if (O.isNone(findFacility(catalogue, command.toFacilityId))) return E.left(facilityNotFound(command.toFacilityId));
    if (command.toFacilityId === state.facilityId) return E.left(transferToSameFacility(command.toFacilityId));
    const programme = findProgramme(catalogue, state.programmeId, state.curriculumVersion);
    if (O.isNone(programme)) return E.left(curriculumNotFound(state.programmeId, state.curriculumVersion));
    if (!offersProgramme(programme.value, command.toFacilityId)) {
      return E.left(facilityDoesNotOfferProgramme(command.toFacilityId, state.programmeId, 'toFacilityId'));
    }
    const lastMove = state.transfers[state.transfers.length - 1];
    const earliest = lastMove === undefined ? { date: state.enrolledOn, what: 'the enrolment' } : { date: lastMove.transferredOn, what: 'the last transfer' };
    const dateError = lifecycleDateError('transferredOn', command.transferredOn, earliest, today);
    if (dateError !== undefined) return E.left(dateError);
    return E.right([
      {
        type: 'ParticipantTransferred',
        data: {
          schemaVersion: 1,
          participantId: command.participantId,
          transferredOn: command.transferredOn,
          fromFacilityId: state.facilityId,
          toFacilityId: command.toFacilityId,
        },
      },
    ]);
  };
