import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_EXECUTOR } from '../../app/injection-tokens';
import type { CommandExecutor } from '../../commands/command-executor';
import { commandInput } from '../../commands/command-input';
import type { CommandReply } from '../../commands/command-request';
import { RecordReturnToCustodyCommand } from './record-return-to-custody.command';

@CommandHandler(RecordReturnToCustodyCommand)
export class RecordReturnToCustodyHandler implements ICommandHandler<RecordReturnToCustodyCommand> {
  constructor(@Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ request }: RecordReturnToCustodyCommand): Promise<CommandReply> {
    const { participantId = '' } = request.params;
    return this.executor.execute('RecordReturnToCustody', commandInput('RecordReturnToCustody', request, { participantId }), request);
  }
}
