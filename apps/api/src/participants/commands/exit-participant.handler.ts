import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_EXECUTOR } from '../../app/injection-tokens';
import type { CommandExecutor } from '../../commands/command-executor';
import { commandInput } from '../../commands/command-input';
import type { CommandReply } from '../../commands/command-request';
import { ExitParticipantCommand } from './exit-participant.command';

@CommandHandler(ExitParticipantCommand)
export class ExitParticipantHandler implements ICommandHandler<ExitParticipantCommand> {
  constructor(@Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ request }: ExitParticipantCommand): Promise<CommandReply> {
    const { participantId = '' } = request.params;
    return this.executor.execute('ExitParticipant', commandInput('ExitParticipant', request, { participantId }), request);
  }
}
