import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_EXECUTOR } from '../../app/injection-tokens';
import type { CommandExecutor } from '../../commands/command-executor';
import { commandInput } from '../../commands/command-input';
import type { CommandReply } from '../../commands/command-request';
import { TransferParticipantCommand } from './transfer-participant.command';

@CommandHandler(TransferParticipantCommand)
export class TransferParticipantHandler implements ICommandHandler<TransferParticipantCommand> {
  constructor(@Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ request }: TransferParticipantCommand): Promise<CommandReply> {
    const { participantId = '' } = request.params;
    return this.executor.execute('TransferParticipant', commandInput('TransferParticipant', request, { participantId }), request);
  }
}
