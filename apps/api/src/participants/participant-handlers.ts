import { CancelEnrolmentHandler } from './commands/cancel-enrolment.handler';
import { CompleteModuleHandler } from './commands/complete-module.handler';
import { CorrectEnrolmentHandler } from './commands/correct-enrolment.handler';
import { EnrollInmateHandler } from './commands/enroll-inmate.handler';
import { ErasePersonalDataHandler } from './commands/erase-personal-data.handler';
import { ExitParticipantHandler } from './commands/exit-participant.handler';
import { LogFollowUpHandler } from './commands/log-follow-up.handler';
import { RecordReleaseHandler } from './commands/record-release.handler';
import { RecordReturnToCustodyHandler } from './commands/record-return-to-custody.handler';
import { TransferParticipantHandler } from './commands/transfer-participant.handler';
import { UpdateContactDetailsHandler } from './commands/update-contact-details.handler';
import { VoidEntryHandler } from './commands/void-entry.handler';
import { WithdrawConsentHandler } from './commands/withdraw-consent.handler';
import { FindParticipantsHandler } from './queries/find-participants.handler';
import { GetParticipantHistoryHandler } from './queries/get-participant-history.handler';
import { GetParticipantHandler } from './queries/get-participant.handler';
import { GetSubjectReportHandler } from './queries/get-subject-report.handler';

export const participantCommandHandlers = [
  EnrollInmateHandler,
  CompleteModuleHandler,
  RecordReleaseHandler,
  LogFollowUpHandler,
  VoidEntryHandler,
  CancelEnrolmentHandler,
  CorrectEnrolmentHandler,
  ExitParticipantHandler,
  TransferParticipantHandler,
  RecordReturnToCustodyHandler,
  WithdrawConsentHandler,
  UpdateContactDetailsHandler,
  ErasePersonalDataHandler,
];
export const participantQueryHandlers = [FindParticipantsHandler, GetParticipantHandler, GetParticipantHistoryHandler, GetSubjectReportHandler];
