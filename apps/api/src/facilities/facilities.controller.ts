import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Requires } from '../auth/access.decorator';
import type { ApiRequest } from '../auth/api-request';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { Actor } from '../auth/role';
import { commandRequestFrom, sendCommandReply } from '../commands/command-request-from';
import type { HttpResponse } from '../http/http-types';
import { RecordFacilityPopulationCommand } from './record-facility-population.command';

/** A prison unit's own records: the head counts coverage is measured against. */
@Controller('facilities')
export class FacilitiesController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':facilityId/population-counts')
  @Requires('recordFacilityPopulation')
  async recordPopulation(@Req() request: ApiRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: HttpResponse) {
    return sendCommandReply(response, await this.commands.execute(new RecordFacilityPopulationCommand(commandRequestFrom(request, actor))));
  }
}
