import { GetAuditEventsHandler } from './queries/get-audit-events.handler';
import { GetCoverageHandler } from './queries/get-coverage.handler';
import { GetFacilityStagesHandler } from './queries/get-facility-stages.handler';
import { GetFollowUpsDueHandler } from './queries/get-follow-ups-due.handler';
import { GetOutcomeMembersHandler } from './queries/get-outcome-members.handler';
import { GetPersonalDataAccessHandler } from './queries/get-personal-data-access.handler';
import { GetOutcomesHandler } from './queries/get-outcomes.handler';
import { GetProgrammesHandler } from './queries/get-programmes.handler';

export const reportQueryHandlers = [GetOutcomesHandler, GetOutcomeMembersHandler, GetFollowUpsDueHandler, GetAuditEventsHandler, GetProgrammesHandler, GetCoverageHandler, GetPersonalDataAccessHandler, GetFacilityStagesHandler];
