import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_EXECUTOR } from '../../app/injection-tokens';
import type { CommandExecutor } from '../../commands/command-executor';
import { commandInput } from '../../commands/command-input';
import type { CommandReply } from '../../commands/command-request';
import { CompleteModuleCommand } from './complete-module.command';

@CommandHandler(CompleteModuleCommand)
export class CompleteModuleHandler implements ICommandHandler<CompleteModuleCommand> {
  constructor(@Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ request }: CompleteModuleCommand): Promise<CommandReply> {
    const { participantId = '', moduleId = '' } = request.params;
    return this.executor.execute('CompleteModule', commandInput('CompleteModule', request, { participantId, moduleId }), request);
  }
}
