import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_EXECUTOR } from '../../app/injection-tokens';
import type { CommandExecutor } from '../../commands/command-executor';
import { commandInput } from '../../commands/command-input';
import type { CommandReply } from '../../commands/command-request';
import { CorrectEnrolmentCommand } from './correct-enrolment.command';

@CommandHandler(CorrectEnrolmentCommand)
export class CorrectEnrolmentHandler implements ICommandHandler<CorrectEnrolmentCommand> {
  constructor(@Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ request }: CorrectEnrolmentCommand): Promise<CommandReply> {
    const { participantId = '' } = request.params;
    return this.executor.execute('CorrectEnrolment', commandInput('CorrectEnrolment', request, { participantId }), request);
  }
}
