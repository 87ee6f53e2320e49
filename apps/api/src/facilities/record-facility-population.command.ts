import { Command } from '@nestjs/cqrs';
import type { CommandReply, CommandRequest } from '../commands/command-request';

/** POST /facilities/:facilityId/population-counts, not yet decoded. */
export class RecordFacilityPopulationCommand extends Command<CommandReply> {
  constructor(readonly request: CommandRequest) {
    super();
  }
}
