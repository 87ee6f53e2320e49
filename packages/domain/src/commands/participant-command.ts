import * as t from 'io-ts';
import { CancelEnrolment, CancelEnrolmentInput } from './cancel-enrolment';
import { CompleteModule } from './complete-module';
import { CorrectEnrolment, CorrectEnrolmentInput } from './correct-enrolment';
import { EnrollInmate, EnrollInmateInput } from './enroll-inmate';
import { ErasePersonalData } from './erase-personal-data';
import { ExitParticipant, ExitParticipantInput } from './exit-participant';
import { LogFollowUp, LogFollowUpInput } from './log-follow-up';
import { RecordRelease, RecordReleaseInput } from './record-release';
import { RecordReturnToCustody } from './record-return-to-custody';
import { TransferParticipant } from './transfer-participant';
import { UpdateContactDetails, UpdateContactDetailsInput } from './update-contact-details';
import { VoidEntry, VoidEntryInput } from './void-entry';
import { WithdrawConsent } from './withdraw-consent';

export const participantCommandTypes = [
  'EnrollInmate',
  'CompleteModule',
  'RecordRelease',
  'LogFollowUp',
  'VoidEntry',
  'CancelEnrolment',
  'CorrectEnrolment',
  'ExitParticipant',
  'TransferParticipant',
  'RecordReturnToCustody',
  'WithdrawConsent',
  'ErasePersonalData',
  'UpdateContactDetails',
] as const;
export type ParticipantCommandType = (typeof participantCommandTypes)[number];

export const isParticipantCommandType = (candidate: unknown): candidate is ParticipantCommandType =>
  participantCommandTypes.some((type) => type === candidate);

/** Commands as they arrive from outside, personal data in clear. */
export type ParticipantCommandInput =
  | EnrollInmateInput
  | CompleteModule
  | RecordReleaseInput
  | LogFollowUpInput
  | VoidEntryInput
  | CancelEnrolmentInput
  | CorrectEnrolmentInput
  | ExitParticipantInput
  | TransferParticipant
  | RecordReturnToCustody
  | WithdrawConsent
  | ErasePersonalData
  | UpdateContactDetailsInput;

/** Commands as `decide` takes them: personal data sealed, and the actor named where a rule asks who acts. */
export const ParticipantCommand = t.union([
  EnrollInmate,
  CompleteModule,
  RecordRelease,
  LogFollowUp,
  VoidEntry,
  CancelEnrolment,
  CorrectEnrolment,
  ExitParticipant,
  TransferParticipant,
  RecordReturnToCustody,
  WithdrawConsent,
  ErasePersonalData,
  UpdateContactDetails,
]);
export type ParticipantCommand = t.TypeOf<typeof ParticipantCommand>;
