import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_EXECUTOR } from '../../app/injection-tokens';
import type { CommandExecutor } from '../../commands/command-executor';
import { commandInput } from '../../commands/command-input';
import type { CommandReply } from '../../commands/command-request';
import { VoidEntryCommand } from './void-entry.command';

@CommandHandler(VoidEntryCommand)
export class VoidEntryHandler implements ICommandHandler<VoidEntryCommand> {
  constructor(@Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ request }: VoidEntryCommand): Promise<CommandReply> {
    const { participantId = '' } = request.params;
    return this.executor.execute('VoidEntry', commandInput('VoidEntry', request, { participantId }), request);
  }
}
