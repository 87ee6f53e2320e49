import * as fc from 'fast-check';
import {
  custodyReturnKinds,
  erasureBases,
  exitReasons,
  isVoidableEventType,
  recordingRoles,
  voidReasons,
  type Actor,
  type Catalogue,
  type ContactDetails,
  type CustodyReturnKind,
  type ErasureBasis,
  type EventId,
  type ExitReason,
  type FacilityId,
  type LocalDate,
  type NotePersonalData,
  type ParticipantCommand,
  type ParticipantId,
  type ParticipantState,
  type RegistrationClass,
  type VoidReason,
} from '@binaan/domain';
import { prepared } from '../fixtures/command-fixtures';
import { staff } from '../fixtures/fixture-values';
import { arbFacilityId, arbRegistrationClass } from './value-arbitraries';

/**
 * A lifecycle or privacy act, as planned before the history it joins is known: what it names in the
 * record (the entry to void, the unit to move to) is picked from the state when it is given.
 */
export type LifecyclePlan =
  | { readonly act: 'exit'; readonly reason: ExitReason; readonly withNote: boolean }
  | { readonly act: 'transfer'; readonly toFacilityId: FacilityId }
  | { readonly act: 'return'; readonly kind: CustodyReturnKind }
  | { readonly act: 'void'; readonly pick: number; readonly reason: VoidReason; readonly byAdmin: boolean }
  | { readonly act: 'cancel'; readonly reason: VoidReason; readonly byAdmin: boolean }
  | { readonly act: 'correct'; readonly registrationClass: RegistrationClass; readonly facilityId: FacilityId | undefined }
  | { readonly act: 'withdraw' }
  | { readonly act: 'contact-details'; readonly details: ContactDetails }
  | { readonly act: 'erase'; readonly basis: ErasureBasis };

/** Who gives each kind of command in a generated history: one made-up member of staff per role. */
export const historyStaff = {
  registrar: staff('registrar'),
  assessor: staff('assessor'),
  caseworker: staff('caseworker'),
  admin: staff('admin'),
} as const;

const madeUpNote: NotePersonalData = { note: 'Catatan uji, bukan data nyata.' };

// Made-up numbers in the reserved-looking 0800 range.
const arbContactDetails: fc.Arbitrary<ContactDetails> = fc.record(
  {
    phone: fc.constantFrom('0800 0000 0001', '0800 0000 0002', '+62 800 0000 0003'),
    preferredChannel: fc.constantFrom('phone', 'whatsapp', 'sms', 'visit', 'family'),
  },
  { requiredKeys: ['phone'], noNullPrototype: true },
);

/** Every lifecycle and privacy act; weights keep the acts that end a record (cancel, erase) rare. */
export const arbLifecyclePlan = (catalogue: Catalogue): fc.Arbitrary<LifecyclePlan> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ act: fc.constant('void' as const), pick: fc.nat(), reason: fc.constantFrom(...voidReasons), byAdmin: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ act: fc.constant('exit' as const), reason: fc.constantFrom(...exitReasons), withNote: fc.boolean() }) },
    { weight: 3, arbitrary: fc.record({ act: fc.constant('transfer' as const), toFacilityId: arbFacilityId(catalogue) }) },
    { weight: 3, arbitrary: fc.record({ act: fc.constant('return' as const), kind: fc.constantFrom(...custodyReturnKinds) }) },
    { weight: 1, arbitrary: fc.record({ act: fc.constant('cancel' as const), reason: fc.constantFrom(...voidReasons), byAdmin: fc.boolean() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        act: fc.constant('correct' as const),
        registrationClass: arbRegistrationClass,
        facilityId: fc.option(arbFacilityId(catalogue), { nil: undefined }),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ act: 'withdraw' as const }) },
    { weight: 1, arbitrary: fc.record({ act: fc.constant('contact-details' as const), details: arbContactDetails }) },
    { weight: 1, arbitrary: fc.record({ act: fc.constant('erase' as const), basis: fc.constantFrom(...erasureBases) }) },
  );

export interface GivenPlan {
  readonly command: ParticipantCommand;
  /** Who gives it: the one who records the event. */
  readonly actor: Actor;
}

const noteFor = (reason: VoidReason) => (reason === 'other' ? { personalData: madeUpNote } : {});

/** The entry a void plan names: one that stands and is voidable, picked among them; undefined when there is none. */
const voidTarget = (state: ParticipantState, pick: number) => {
  if (state.status !== 'enrolled') return undefined;
  const standing = state.entries.filter((entry) => !entry.voided && isVoidableEventType(entry.type));
  return standing[pick % Math.max(standing.length, 1)];
};

/** The command a plan gives on `date` in this state, and who gives it; undefined when it names nothing (a void with no entry). */
export const commandOfPlan = (plan: LifecyclePlan, participantId: ParticipantId, state: ParticipantState, date: LocalDate): GivenPlan | undefined => {
  const { registrar, caseworker, admin } = historyStaff;
  switch (plan.act) {
    case 'exit':
      return {
        command: prepared({ type: 'ExitParticipant', participantId, exitedOn: date, reason: plan.reason, ...(plan.withNote ? { personalData: madeUpNote } : {}) }),
        actor: registrar,
      };
    case 'transfer':
      return { command: { type: 'TransferParticipant', participantId, transferredOn: date, toFacilityId: plan.toFacilityId }, actor: registrar };
    case 'return':
      return { command: { type: 'RecordReturnToCustody', participantId, returnedOn: date, kind: plan.kind }, actor: caseworker };
    case 'void': {
      const target = voidTarget(state, plan.pick);
      if (target === undefined || !isVoidableEventType(target.type)) return undefined;
      const recorder = target.recordedBy;
      const actor = plan.byAdmin || recorder === null || !recordingRoles[target.type].includes(recorder.role) ? admin : recorder;
      const input = { type: 'VoidEntry' as const, participantId, eventId: target.eventId as EventId, reason: plan.reason, ...noteFor(plan.reason) };
      return { command: prepared(input, actor), actor };
    }
    case 'cancel': {
      const actor = plan.byAdmin ? admin : registrar;
      return { command: prepared({ type: 'CancelEnrolment', participantId, reason: plan.reason, ...noteFor(plan.reason) }, actor), actor };
    }
    case 'correct':
      return {
        command: prepared({
          type: 'CorrectEnrolment',
          participantId,
          registrationClass: plan.registrationClass,
          ...(plan.facilityId === undefined ? {} : { facilityId: plan.facilityId }),
        }),
        actor: registrar,
      };
    case 'withdraw':
      return { command: { type: 'WithdrawConsent', participantId, withdrawnOn: date }, actor: caseworker };
    case 'contact-details':
      return { command: prepared({ type: 'UpdateContactDetails', participantId, updatedOn: date, personalData: plan.details }), actor: caseworker };
    case 'erase':
      return { command: { type: 'ErasePersonalData', participantId, basis: plan.basis, requestedOn: date }, actor: admin };
  }
};
