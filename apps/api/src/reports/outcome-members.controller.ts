import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { isPeopleFigureName, peopleFigureNames } from '@binaan/projections';
import { Requires } from '../auth/access.decorator';
import type { CallerScope } from '../auth/caller-scope';
import { CurrentScope } from '../auth/current-scope.decorator';
import { parseQuery, slugRule, monthRule, type ParamRule } from '../http/query-params';
import { ProblemException } from '../http/problem.exception';
import { problems } from '../http/problems';
import { GetOutcomeMembersQuery } from './queries/get-outcome-members.query';

const figureRule: ParamRule = (value) => (isPeopleFigureName(value) ? undefined : `must be one of ${peopleFigureNames.join(', ')}`);

/** `GET /outcomes/members`: the participant ids behind a figure, for auditors and admins who sample records. */
@Controller('outcomes/members')
export class OutcomeMembersController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get()
  @Requires('readAudit')
  members(@Query() query: Readonly<Record<string, unknown>>, @CurrentScope() scope: CallerScope) {
    const { figure, programme, facility, cohort } = parseQuery(query, { figure: figureRule, programme: slugRule, facility: slugRule, cohort: monthRule });
    if (figure === undefined || !isPeopleFigureName(figure)) {
      throw new ProblemException(problems.invalidQuery([{ path: 'query.figure', rule: `is required: one of ${peopleFigureNames.join(', ')}` }]));
    }
    return this.queries.execute(
      new GetOutcomeMembersQuery(figure, {
        ...(programme === undefined ? {} : { programmeId: programme }),
        ...(facility === undefined ? {} : { facilityId: facility }),
        ...(cohort === undefined ? {} : { cohort }),
      }, scope),
    );
  }
}
