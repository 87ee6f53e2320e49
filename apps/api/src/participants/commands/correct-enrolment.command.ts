import { Command } from '@nestjs/cqrs';
import type { CommandReply, CommandRequest } from '../../commands/command-request';

export class CorrectEnrolmentCommand extends Command<CommandReply> {
  constructor(readonly request: CommandRequest) {
    super();
  }
}
