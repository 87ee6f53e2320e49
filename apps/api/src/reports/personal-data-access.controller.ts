import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { LocalDate, ParticipantId } from '@binaan/domain';
import { Requires } from '../auth/access.decorator';
import type { CallerScope } from '../auth/caller-scope';
import { CurrentScope } from '../auth/current-scope.decorator';
import { dateRule, integerRule, parseQuery, positionRule, textRule, uuidRule } from '../http/query-params';
import { GetPersonalDataAccessQuery } from './queries/get-personal-data-access.query';

const defaultPageSize = 100;
const maxPageSize = 500;

/**
 * `GET /audit/personal-data-access`: who was shown whose personal data, for what and when, as UU PDP
 * asks a controller to be able to say. For auditors and admins; the entries hold no personal data.
 */
@Controller('audit/personal-data-access')
export class PersonalDataAccessController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get()
  @Requires('readAudit')
  accessLog(@Query() query: Readonly<Record<string, unknown>>, @CurrentScope() scope: CallerScope) {
    const { participant, actor, from, to, after, limit } = parseQuery(query, {
      participant: uuidRule,
      actor: textRule(128),
      from: dateRule,
      to: dateRule,
      after: positionRule,
      limit: integerRule(1, maxPageSize),
    });
    return this.queries.execute(
      new GetPersonalDataAccessQuery(
        {
          ...(participant === undefined ? {} : { participantId: participant as ParticipantId }),
          ...(actor === undefined ? {} : { actorId: actor }),
          ...(from === undefined ? {} : { from: from as LocalDate }),
          ...(to === undefined ? {} : { to: to as LocalDate }),
        },
        after === undefined ? undefined : BigInt(after),
        limit === undefined ? defaultPageSize : Number(limit),
        scope,
      ),
    );
  }
}
