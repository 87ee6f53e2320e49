import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { rolesSeeingSmallGroups, rolesSeeingWorklistItems } from '../auth/access-policy';
import { Requires } from '../auth/access.decorator';
import type { CallerScope } from '../auth/caller-scope';
import { CurrentScope } from '../auth/current-scope.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { Actor } from '../auth/role';
import {
  dateOrInstantRule,
  integerRule,
  monthOrDateRule,
  monthRule,
  oneOfRule,
  parseQuery,
  positionRule,
  slugRule,
  textRule,
  uuidRule,
} from '../http/query-params';
import { instantFrom, instantUntil } from '../http/recorded-time-bounds';
import { ProblemException } from '../http/problem.exception';
import { problems } from '../http/problems';
import { followUpsDueCursorRule, parseFollowUpsDueCursor } from './follow-ups-due-cursor';
import { GetAuditEventsQuery } from './queries/get-audit-events.query';
import { GetCoverageQuery } from './queries/get-coverage.query';
import { GetFacilityStagesQuery } from './queries/get-facility-stages.query';
import { GetFollowUpsDueQuery } from './queries/get-follow-ups-due.query';
import { GetOutcomesQuery } from './queries/get-outcomes.query';
import { GetProgrammesQuery } from './queries/get-programmes.query';

type QueryValues = Readonly<Record<string, unknown>>;

const defaultAuditPageSize = 100;
const maxAuditPageSize = 500;
const defaultWorklistPageSize = 100;
const maxWorklistPageSize = 500;

/** `from`/`to` bound the enrolment date; outcomes are grouped by enrolment month, so they bound the cohort. */
const monthOf = (monthOrDate: string | undefined): string | undefined => monthOrDate?.slice(0, 7);

const defined = <A extends Readonly<Record<string, unknown>>>(record: A): A =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as A;

@Controller()
export class ReportsController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get('outcomes')
  @Requires('readOutcomes')
  outcomes(@Query() query: QueryValues, @CurrentActor() actor: Actor, @CurrentScope() scope: CallerScope) {
    const { programme, facility, cohort, from, to, groupBy } = parseQuery(query, {
      programme: slugRule,
      facility: slugRule,
      cohort: monthRule,
      from: monthOrDateRule,
      to: monthOrDateRule,
      groupBy: oneOfRule(['cohort', 'homeRegency']),
    });
    return this.queries.execute(
      new GetOutcomesQuery(
        defined({ programmeId: programme, facilityId: facility, cohort, cohortFrom: monthOf(from), cohortTo: monthOf(to) }),
        !rolesSeeingSmallGroups.includes(actor.role),
        scope,
        groupBy === 'homeRegency' ? 'homeRegency' : 'cohort',
      ),
    );
  }

  /** Each stage of the selected cohorts counted at the unit where it happened (after transfers). */
  @Get('outcomes/facility-stages')
  @Requires('readOutcomes')
  facilityStages(@Query() query: QueryValues, @CurrentActor() actor: Actor, @CurrentScope() scope: CallerScope) {
    const { programme, cohort, from, to } = parseQuery(query, { programme: slugRule, cohort: monthRule, from: monthOrDateRule, to: monthOrDateRule });
    return this.queries.execute(
      new GetFacilityStagesQuery(
        defined({ programmeId: programme, cohort, cohortFrom: monthOf(from), cohortTo: monthOf(to) }),
        !rolesSeeingSmallGroups.includes(actor.role),
        scope,
      ),
    );
  }

  /** Coverage per facility and month; `from`/`to` bound the month (a date names its month). */
  @Get('coverage')
  @Requires('readOutcomes')
  coverage(@Query() query: QueryValues, @CurrentActor() actor: Actor, @CurrentScope() scope: CallerScope) {
    const { facility, from, to } = parseQuery(query, { facility: slugRule, from: monthOrDateRule, to: monthOrDateRule });
    return this.queries.execute(
      new GetCoverageQuery(defined({ facilityId: facility, fromMonth: monthOf(from), toMonth: monthOf(to) }), !rolesSeeingSmallGroups.includes(actor.role), scope),
    );
  }

  @Get('follow-ups/due')
  @Requires('readFollowUpCounts')
  followUpsDue(@Query() query: QueryValues, @CurrentActor() actor: Actor, @CurrentScope() scope: CallerScope) {
    const { programme, facility, participant, contacts, limit, after } = parseQuery(query, {
      programme: slugRule,
      facility: slugRule,
      participant: uuidRule,
      contacts: oneOfRule(['true']),
      limit: integerRule(1, maxWorklistPageSize),
      after: followUpsDueCursorRule,
    });
    const withItems = rolesSeeingWorklistItems.includes(actor.role);
    // One woman's counts would tell a totals-only role whether she missed a contact: she is asked for only with the list.
    if (participant !== undefined && !withItems) throw new ProblemException(problems.forbidden(actor.role));
    return this.queries.execute(
      new GetFollowUpsDueQuery(
        defined({ programmeId: programme, facilityId: facility, participantId: participant }),
        withItems,
        scope,
        defined({ limit: limit === undefined ? defaultWorklistPageSize : Number(limit), after: after === undefined ? undefined : parseFollowUpsDueCursor(after) }),
        contacts === 'true' ? { actor, scope } : undefined,
      ),
    );
  }

  @Get('audit/events')
  @Requires('readAudit')
  auditEvents(@Query() query: QueryValues, @CurrentScope() scope: CallerScope) {
    const { actor, type, participant, from, to, after, limit } = parseQuery(query, {
      actor: textRule(128),
      type: textRule(64),
      participant: uuidRule,
      from: dateOrInstantRule,
      to: dateOrInstantRule,
      after: positionRule,
      limit: integerRule(1, maxAuditPageSize),
    });
    return this.queries.execute(
      new GetAuditEventsQuery(
        defined({
          limit: limit === undefined ? defaultAuditPageSize : Number(limit),
          afterPosition: after === undefined ? undefined : BigInt(after),
          actorId: actor,
          eventType: type,
          streamName: participant === undefined ? undefined : `participant-${participant}`,
          recordedFrom: from === undefined ? undefined : instantFrom(from),
          recordedUntil: to === undefined ? undefined : instantUntil(to),
        }),
        scope,
      ),
    );
  }

  @Get('programmes')
  @Requires('readCatalogue')
  programmes(@Query() query: QueryValues) {
    parseQuery(query, {});
    return this.queries.execute(new GetProgrammesQuery());
  }
}
