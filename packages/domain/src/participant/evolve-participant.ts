import * as O from 'fp-ts/Option';
import { Catalogue } from '../catalogue/catalogue-codecs';
import { findProgramme, requiredModuleIds } from '../catalogue/catalogue-lookup';
import { LocalDate } from '../dates/local-date';
import type { EntryVoided } from '../events/entry-voided';
import type { EnrolmentCorrected } from '../events/enrolment-corrected';
import type { FollowUpLogged } from '../events/follow-up-logged';
import type { InmateEnrolled } from '../events/inmate-enrolled';
import { ParticipantEvent } from '../events/participant-event';
import type { ModuleId } from '../ids/slug-ids';
import { graduationDate } from './graduation';
import type {
  Assessment,
  EnrolledParticipant,
  EventRecord,
  FollowUpContact,
  ModuleStanding,
  ParticipantState,
  RecordedEntry,
} from './participant-state';

/** Each module's standing from its assessments, in the order they were recorded. */
export const moduleStandings = (assessments: readonly Assessment[]): Readonly<Partial<Record<ModuleId, ModuleStanding>>> => {
  const standings: Partial<Record<ModuleId, ModuleStanding>> = {};
  for (const { moduleId, result, assessedOn } of assessments) {
    const previous = standings[moduleId];
    standings[moduleId] = {
      result,
      firstResult: previous?.firstResult ?? result,
      attempts: (previous?.attempts ?? 0) + 1,
      competentOn: previous?.competentOn ?? (result === 'competent' ? assessedOn : null),
    };
  }
  return standings;
};

const graduatedOn = (catalogue: Catalogue, state: EnrolledParticipant): LocalDate | null => {
  const programme = findProgramme(catalogue, state.programmeId, state.curriculumVersion);
  return O.isNone(programme) ? null : graduationDate(requiredModuleIds(programme.value), (moduleId) => state.modules[moduleId]?.competentOn);
};

/** The state with these assessments, and the standings and graduation that follow from them. */
const withAssessments = (catalogue: Catalogue, state: EnrolledParticipant, assessments: readonly Assessment[]): EnrolledParticipant => {
  const assessed = { ...state, assessments, modules: moduleStandings(assessments) };
  return { ...assessed, graduatedOn: graduatedOn(catalogue, assessed) };
};

const contactOf = ({ data }: FollowUpLogged, eventId: string): FollowUpContact => ({
  eventId,
  contactedOn: data.contactedOn,
  outcome: data.outcome,
  milestone: data.milestone,
  employmentStatus: data.employment?.status ?? null,
  businessStatus: data.employment?.businessStatus ?? null,
  usesTrainedSkill: data.employment?.usesTrainedSkill ?? null,
  incomeBand: data.employment?.incomeBand ?? null,
  withNotes: data.personalData !== undefined,
});

const enrolled = ({ data }: InmateEnrolled, record: EventRecord): EnrolledParticipant => ({
  status: 'enrolled',
  participantId: data.participantId,
  programmeId: data.programmeId,
  curriculumVersion: data.curriculumVersion,
  enrolledAtFacilityId: data.facilityId,
  facilityId: data.facilityId,
  registrationClass: data.registrationClass,
  enrolledOn: data.enrolledOn,
  previousParticipantId: data.previousParticipantId ?? null,
  homeRegency: data.homeRegency ?? null,
  assessments: [],
  modules: {},
  graduatedOn: null,
  release: null,
  followUps: [],
  exit: null,
  transfers: [],
  custodyReturn: null,
  cancelled: false,
  consentWithdrawnOn: null,
  erasedOn: null,
  enrolledBy: record.recordedBy,
  entries: [],
});

/** Where she is, from the enrolment's facility and the transfers that stand. */
const currentFacility = (state: EnrolledParticipant) => state.transfers[state.transfers.length - 1]?.toFacilityId ?? state.enrolledAtFacilityId;

const corrected = (catalogue: Catalogue, state: EnrolledParticipant, { data }: EnrolmentCorrected): EnrolledParticipant => {
  const moved = data.facilityId === undefined ? state : { ...state, enrolledAtFacilityId: data.facilityId };
  const withFacility = { ...moved, facilityId: currentFacility(moved) };
  const withClass = data.registrationClass === undefined ? withFacility : { ...withFacility, registrationClass: data.registrationClass };
  if (data.curriculumVersion === undefined) return withClass;
  const recurriculumed = { ...withClass, curriculumVersion: data.curriculumVersion };
  return { ...recurriculumed, graduatedOn: graduatedOn(catalogue, recurriculumed) };
};

/** Undoes an entry, as if it had never been recorded; the entry stays in `entries`, marked voided. */
const voided = (catalogue: Catalogue, state: EnrolledParticipant, { data }: EntryVoided): EnrolledParticipant => {
  const { voidedEventId } = data;
  switch (data.voidedType) {
    case 'ModuleCompleted':
      return withAssessments(
        catalogue,
        state,
        state.assessments.filter((assessment) => assessment.eventId !== voidedEventId),
      );
    case 'InmateReleased':
      return state.release?.eventId === voidedEventId ? { ...state, release: null, homeRegency: state.release.homeRegencyBefore } : state;
    case 'FollowUpLogged':
      return { ...state, followUps: state.followUps.filter((contact) => contact.eventId !== voidedEventId) };
    case 'ParticipantExited':
      return state.exit?.eventId === voidedEventId ? { ...state, exit: null } : state;
    case 'ParticipantTransferred': {
      const transfers = state.transfers.filter((transfer) => transfer.eventId !== voidedEventId);
      const remaining = { ...state, transfers };
      return { ...remaining, facilityId: currentFacility(remaining) };
    }
    case 'ReturnedToCustody':
      return state.custodyReturn?.eventId === voidedEventId ? { ...state, custodyReturn: null } : state;
  }
};

const applied = (catalogue: Catalogue, state: EnrolledParticipant, event: ParticipantEvent, eventId: string): EnrolledParticipant => {
  switch (event.type) {
    case 'InmateEnrolled':
      return state;
    case 'ModuleCompleted': {
      const { moduleId, result, assessedOn } = event.data;
      return withAssessments(catalogue, state, [...state.assessments, { eventId, moduleId, result, assessedOn }]);
    }
    case 'InmateReleased':
      return {
        ...state,
        release: {
          eventId,
          releaseType: event.data.releaseType,
          releasedOn: event.data.releasedOn,
          supervisionEndsOn: event.data.supervisionEndsOn ?? null,
          homeRegencyBefore: state.homeRegency,
        },
        homeRegency: event.data.homeRegency ?? state.homeRegency,
      };
    case 'FollowUpLogged':
      return { ...state, followUps: [...state.followUps, contactOf(event, eventId)] };
    case 'EntryVoided':
      return voided(catalogue, state, event);
    case 'EnrolmentCancelled':
      return { ...state, cancelled: true };
    case 'EnrolmentCorrected':
      return corrected(catalogue, state, event);
    case 'ParticipantExited':
      return { ...state, exit: { eventId, exitedOn: event.data.exitedOn, reason: event.data.reason } };
    case 'ParticipantTransferred': {
      const { transferredOn, fromFacilityId, toFacilityId } = event.data;
      return { ...state, transfers: [...state.transfers, { eventId, transferredOn, fromFacilityId, toFacilityId }], facilityId: toFacilityId };
    }
    case 'ReturnedToCustody':
      return { ...state, custodyReturn: { eventId, returnedOn: event.data.returnedOn, kind: event.data.kind } };
    case 'ConsentWithdrawn':
      return { ...state, consentWithdrawnOn: event.data.withdrawnOn };
    case 'PersonalDataErased':
      return { ...state, erasedOn: event.data.erasedOn };
    case 'ContactDetailsUpdated':
      return state;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
};

const withEntry = (state: EnrolledParticipant, event: ParticipantEvent, record: EventRecord): EnrolledParticipant => {
  const entry: RecordedEntry = { eventId: record.eventId, recordedBy: record.recordedBy, type: event.type, voided: false };
  const voidedId = event.type === 'EntryVoided' ? event.data.voidedEventId : undefined;
  const entries = voidedId === undefined ? state.entries : state.entries.map((known) => (known.eventId === voidedId ? { ...known, voided: true } : known));
  return { ...state, entries: [...entries, entry] };
};

/**
 * Folds one event into the state. Events are facts that `decide` already checked, so evolve never
 * rejects; an event that cannot apply (anything before the enrolment, a second enrolment) leaves the
 * state as it is. `record` is how the event entered the stream: its id (what a void names) and who
 * recorded it (what separation of duties compares).
 */
export const createEvolve =
  (catalogue: Catalogue) =>
  (state: ParticipantState, event: ParticipantEvent, record: EventRecord): ParticipantState => {
    if (state.status !== 'enrolled') {
      return event.type === 'InmateEnrolled' ? withEntry(enrolled(event, record), event, record) : state;
    }
    // A second enrolment in one stream never passes decide: should one be stored, it changes nothing.
    if (event.type === 'InmateEnrolled') return state;
    return withEntry(applied(catalogue, state, event, record.eventId), event, record);
  };
