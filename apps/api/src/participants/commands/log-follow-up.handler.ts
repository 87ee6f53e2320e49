import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_EXECUTOR } from '../../app/injection-tokens';
import type { CommandExecutor } from '../../commands/command-executor';
import { commandInput } from '../../commands/command-input';
import type { CommandReply } from '../../commands/command-request';
import { LogFollowUpCommand } from './log-follow-up.command';

@CommandHandler(LogFollowUpCommand)
export class LogFollowUpHandler implements ICommandHandler<LogFollowUpCommand> {
  constructor(@Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ request }: LogFollowUpCommand): Promise<CommandReply> {
    const { participantId = '' } = request.params;
    return this.executor.execute('LogFollowUp', commandInput('LogFollowUp', request, { participantId }), request);
  }
}
