import * as E from 'fp-ts/Either';
import * as O from 'fp-ts/Option';
import { findProgramme } from '../catalogue/catalogue-lookup';
import type { VoidEntry } from '../commands/void-entry';
import {
  alreadyVoided,
  eventNotVoidable,
  roleMayNotVoid,
  voidedEventNotFound,
  voidHasDependents,
  voidOfAnotherPersonsEntry,
} from '../errors/lifecycle-errors';
import { personalDataIsErased } from '../errors/privacy-errors';
import { isVoidableEventType, type VoidableEventType } from '../events/voidable-event-type';
import { activeEnrolment } from './active-enrolment';
import type { Decision, DecisionContext } from './decision';
import type { EnrolledParticipant } from './participant-state';
import { recordingRoles } from './recording-roles';

/** The entries that rest on the one to void and stand: these must be voided first, newest first. */
const dependentsOf = (context: DecisionContext, state: EnrolledParticipant, eventId: string, type: VoidableEventType): readonly string[] => {
  switch (type) {
    case 'InmateReleased':
      return [...state.followUps.map((contact) => contact.eventId), ...(state.custodyReturn === null ? [] : [state.custodyReturn.eventId])];
    case 'ModuleCompleted': {
      const voided = state.assessments.find((assessment) => assessment.eventId === eventId);
      const programme = findProgramme(context.catalogue, state.programmeId, state.curriculumVersion);
      if (voided === undefined || voided.result !== 'competent' || O.isNone(programme)) return [];
      const resting = new Set(programme.value.modules.filter((module) => module.prerequisites.includes(voided.moduleId)).map((module) => module.id));
      return state.assessments.filter((assessment) => resting.has(assessment.moduleId)).map((assessment) => assessment.eventId);
    }
    case 'ParticipantTransferred': {
      const at = state.transfers.findIndex((transfer) => transfer.eventId === eventId);
      // A guard that cannot fire (the transfer voided is one that stands, and evolve keeps each of those in
      // state.transfers), kept because slice(0) would name every transfer as resting on it.
      // Stryker disable next-line ConditionalExpression,ArrayDeclaration: equivalent while the guard cannot fire
      return at < 0 ? [] : state.transfers.slice(at + 1).map((transfer) => transfer.eventId);
    }
    case 'FollowUpLogged':
    case 'ParticipantExited':
    case 'ReturnedToCustody':
      return [];
  }
};

/**
 * Voids an entry recorded in error (pembatalan entri). The entry must stand, be of a kind that is
 * voided (not an enrolment: that is cancelled), and have nothing resting on it. Separation of duties:
 * the role that records that kind of entry may void its own entries; an admin may void anyone's.
 */
export const decideVoidEntry =
  (context: DecisionContext) =>
  (command: VoidEntry, participant: Parameters<typeof activeEnrolment>[0]): Decision => {
    const active = activeEnrolment(participant);
    if (E.isLeft(active)) return active;
    const state = active.right;
    const entry = state.entries.find((known) => known.eventId === command.eventId);
    if (entry === undefined) return E.left(voidedEventNotFound(command.eventId));
    if (!isVoidableEventType(entry.type)) return E.left(eventNotVoidable(command.eventId, entry.type));
    if (entry.voided) return E.left(alreadyVoided(command.eventId));
    const isAdmin = command.by.role === 'admin';
    if (!isAdmin && !recordingRoles[entry.type].includes(command.by.role)) return E.left(roleMayNotVoid(command.by.role, entry.type));
    if (!isAdmin && entry.recordedBy?.id !== command.by.id) return E.left(voidOfAnotherPersonsEntry());
    const dependents = dependentsOf(context, state, command.eventId, entry.type);
    if (dependents.length > 0) return E.left(voidHasDependents(command.eventId, dependents));
    if (command.personalData !== undefined && state.erasedOn !== null) return E.left(personalDataIsErased());
    return E.right([
      {
        type: 'EntryVoided',
        data: {
          schemaVersion: 1,
          participantId: command.participantId,
          voidedEventId: command.eventId,
          voidedType: entry.type,
          reason: command.reason,
          ...(command.personalData === undefined ? {} : { personalData: command.personalData }),
        },
      },
    ]);
  };
