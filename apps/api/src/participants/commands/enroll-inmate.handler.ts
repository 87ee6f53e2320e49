import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { v4 as uuidV4 } from 'uuid';
import { COMMAND_EXECUTOR } from '../../app/injection-tokens';
import type { CommandExecutor } from '../../commands/command-executor';
import { enrolmentInput } from '../../commands/command-input';
import type { CommandReply } from '../../commands/command-request';
import { EnrollInmateCommand } from './enroll-inmate.command';

@CommandHandler(EnrollInmateCommand)
export class EnrollInmateHandler implements ICommandHandler<EnrollInmateCommand> {
  constructor(@Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ request }: EnrollInmateCommand): Promise<CommandReply> {
    return this.executor.execute('EnrollInmate', enrolmentInput(request, uuidV4), request);
  }
}
