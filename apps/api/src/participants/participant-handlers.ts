import { CompleteModuleHandler } from './commands/complete-module.handler';
import { EnrollInmateHandler } from './commands/enroll-inmate.handler';
import { LogFollowUpHandler } from './commands/log-follow-up.handler';
import { RecordReleaseHandler } from './commands/record-release.handler';
import { GetParticipantHistoryHandler } from './queries/get-participant-history.handler';
import { GetParticipantHandler } from './queries/get-participant.handler';

export const participantCommandHandlers = [EnrollInmateHandler, CompleteModuleHandler, RecordReleaseHandler, LogFollowUpHandler];
export const participantQueryHandlers = [GetParticipantHandler, GetParticipantHistoryHandler];
