import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { HttpResponse } from '../http/http-types';
import { Requires } from '../auth/access.decorator';
import type { ApiRequest } from '../auth/api-request';
import type { CallerScope } from '../auth/caller-scope';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CurrentScope } from '../auth/current-scope.decorator';
import type { Actor } from '../auth/role';
import { commandRequestFrom, sendCommandReply } from '../commands/command-request-from';
import { etagFor } from '../http/command-headers';
import { instantUntil } from '../http/recorded-time-bounds';
import { dateOrInstantRule, dateRule, monthRule, parseQuery, slugRule, textRule, uuidRule } from '../http/query-params';
import { ProblemException } from '../http/problem.exception';
import { problems } from '../http/problems';
import { CancelEnrolmentCommand } from './commands/cancel-enrolment.command';
import { CompleteModuleCommand } from './commands/complete-module.command';
import { CorrectEnrolmentCommand } from './commands/correct-enrolment.command';
import { EnrollInmateCommand } from './commands/enroll-inmate.command';
import { ErasePersonalDataCommand } from './commands/erase-personal-data.command';
import { ExitParticipantCommand } from './commands/exit-participant.command';
import { LogFollowUpCommand } from './commands/log-follow-up.command';
import { RecordReleaseCommand } from './commands/record-release.command';
import { RecordReturnToCustodyCommand } from './commands/record-return-to-custody.command';
import { TransferParticipantCommand } from './commands/transfer-participant.command';
import { UpdateContactDetailsCommand } from './commands/update-contact-details.command';
import { VoidEntryCommand } from './commands/void-entry.command';
import { WithdrawConsentCommand } from './commands/withdraw-consent.command';
import { FindParticipantsQuery } from './queries/find-participants.query';
import { participantSearch } from './queries/participant-search';
import { GetParticipantHistoryQuery } from './queries/get-participant-history.query';
import { GetParticipantQuery } from './queries/get-participant.query';
import { GetSubjectReportQuery } from './queries/get-subject-report.query';

const checkedParticipantId = (participantId: string): string => {
  const broken = uuidRule(participantId);
  if (broken !== undefined) throw new ProblemException(problems.validationFailed([{ path: 'participantId', rule: broken }]));
  return participantId;
};

@Controller('participants')
export class ParticipantsController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post()
  @Requires('enrol')
  async enrol(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new EnrollInmateCommand(commandRequestFrom(request, actor))));
  }

  @Post(':participantId/modules/:moduleId/assessments')
  @Requires('completeModule')
  async completeModule(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new CompleteModuleCommand(commandRequestFrom(request, actor))));
  }

  @Post(':participantId/release')
  @Requires('recordRelease')
  async recordRelease(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new RecordReleaseCommand(commandRequestFrom(request, actor))));
  }

  @Post(':participantId/follow-ups')
  @Requires('logFollowUp')
  async logFollowUp(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new LogFollowUpCommand(commandRequestFrom(request, actor))));
  }

  @Post(':participantId/voids')
  @Requires('voidEntry')
  async voidEntry(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new VoidEntryCommand(commandRequestFrom(request, actor))));
  }

  @Post(':participantId/cancellation')
  @Requires('cancelEnrolment')
  async cancelEnrolment(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new CancelEnrolmentCommand(commandRequestFrom(request, actor))));
  }

  @Post(':participantId/enrolment-corrections')
  @Requires('correctEnrolment')
  async correctEnrolment(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new CorrectEnrolmentCommand(commandRequestFrom(request, actor))));
  }

  @Post(':participantId/exit')
  @Requires('exitParticipant')
  async exitParticipant(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new ExitParticipantCommand(commandRequestFrom(request, actor))));
  }

  @Post(':participantId/transfer')
  @Requires('transferParticipant')
  async transferParticipant(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new TransferParticipantCommand(commandRequestFrom(request, actor))));
  }

  @Post(':participantId/returns-to-custody')
  @Requires('recordReturnToCustody')
  async recordReturnToCustody(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new RecordReturnToCustodyCommand(commandRequestFrom(request, actor))));
  }

  @Post(':participantId/consent-withdrawal')
  @Requires('withdrawConsent')
  async withdrawConsent(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new WithdrawConsentCommand(commandRequestFrom(request, actor))));
  }

  @Post(':participantId/contact-details')
  @Requires('updateContactDetails')
  async updateContactDetails(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new UpdateContactDetailsCommand(commandRequestFrom(request, actor))));
  }

  @Post(':participantId/erasure')
  @Requires('erasePersonalData')
  async erasePersonalData(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new ErasePersonalDataCommand(commandRequestFrom(request, actor))));
  }

  /**
   * Finds participants within the caller's scope: `registrationNumber` (a registrar's look-up) or
   * `programme` and `cohort` (an assessor's class). Names are shown, so only staff roles get an answer.
   */
  @Get()
  @Requires('readParticipant')
  find(@Query() query: Readonly<Record<string, unknown>>, @CurrentActor() actor: Actor, @CurrentScope() scope: CallerScope) {
    const { registrationNumber, programme, cohort } = parseQuery(query, { registrationNumber: textRule(64), programme: slugRule, cohort: monthRule });
    return this.queries.execute(new FindParticipantsQuery(participantSearch({ registrationNumber, programme, cohort }), actor, scope));
  }

  @Get(':participantId')
  @Requires('readParticipant')
  async participant(
    @Param('participantId') participantId: string,
    @Query() query: Readonly<Record<string, unknown>>,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CallerScope,
    @Res({ passthrough: true }) response: HttpResponse,
  ) {
    parseQuery(query, {});
    const reply = await this.queries.execute(new GetParticipantQuery(checkedParticipantId(participantId), actor, scope));
    if (reply.revision !== undefined) response.setHeader('ETag', etagFor(reply.revision));
    return reply.participant;
  }

  @Get(':participantId/subject-report')
  @Requires('readSubjectReport')
  subjectReport(
    @Param('participantId') participantId: string,
    @Query() query: Readonly<Record<string, unknown>>,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CallerScope,
  ) {
    parseQuery(query, {});
    return this.queries.execute(new GetSubjectReportQuery(checkedParticipantId(participantId), actor, scope));
  }

  @Get(':participantId/history')
  @Requires('readHistory')
  async history(@Param('participantId') participantId: string, @Query() query: Readonly<Record<string, unknown>>, @CurrentScope() scope: CallerScope) {
    const { asOf, knownAt } = parseQuery(query, { asOf: dateRule, knownAt: dateOrInstantRule });
    const cut =
      asOf === undefined && knownAt === undefined
        ? undefined
        : {
            ...(asOf === undefined ? {} : { businessDate: asOf }),
            ...(knownAt === undefined ? {} : { recordedAt: instantUntil(knownAt) }),
          };
    return this.queries.execute(new GetParticipantHistoryQuery(checkedParticipantId(participantId), cut, scope));
  }
}
