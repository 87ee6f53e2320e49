import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_EXECUTOR } from '../../app/injection-tokens';
import type { CommandExecutor } from '../../commands/command-executor';
import { commandInput } from '../../commands/command-input';
import type { CommandReply } from '../../commands/command-request';
import { RecordReleaseCommand } from './record-release.command';

@CommandHandler(RecordReleaseCommand)
export class RecordReleaseHandler implements ICommandHandler<RecordReleaseCommand> {
  constructor(@Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ request }: RecordReleaseCommand): Promise<CommandReply> {
    const { participantId = '' } = request.params;
    return this.executor.execute('RecordRelease', commandInput('RecordRelease', request, { participantId }), request);
  }
}
