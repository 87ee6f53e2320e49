import type { ParticipantEventType } from '../events/participant-event';

/**
 * The commands that hold personal data, and the event that carries it sealed (`data.personalData`).
 * Sealing binds an envelope to its carrier's type, and every reader opens it for that type.
 */
export const personalDataCarriers = {
  EnrollInmate: 'InmateEnrolled',
  LogFollowUp: 'FollowUpLogged',
  RecordRelease: 'InmateReleased',
  UpdateContactDetails: 'ContactDetailsUpdated',
  CorrectEnrolment: 'EnrolmentCorrected',
  VoidEntry: 'EntryVoided',
  CancelEnrolment: 'EnrolmentCancelled',
  ExitParticipant: 'ParticipantExited',
} as const satisfies Readonly<Record<string, ParticipantEventType>>;

export type PersonalDataCommandType = keyof typeof personalDataCarriers;

const carrierTypes: ReadonlySet<string> = new Set(Object.values(personalDataCarriers));

/** Whether events of this type may carry a sealed envelope. */
export const carriesSealedPersonalData = (eventType: string): boolean => carrierTypes.has(eventType);
