import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_EXECUTOR } from '../../app/injection-tokens';
import type { CommandExecutor } from '../../commands/command-executor';
import { commandInput } from '../../commands/command-input';
import type { CommandReply } from '../../commands/command-request';
import { CancelEnrolmentCommand } from './cancel-enrolment.command';

@CommandHandler(CancelEnrolmentCommand)
export class CancelEnrolmentHandler implements ICommandHandler<CancelEnrolmentCommand> {
  constructor(@Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ request }: CancelEnrolmentCommand): Promise<CommandReply> {
    const { participantId = '' } = request.params;
    return this.executor.execute('CancelEnrolment', commandInput('CancelEnrolment', request, { participantId }), request);
  }
}
