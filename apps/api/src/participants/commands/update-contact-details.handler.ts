import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_EXECUTOR } from '../../app/injection-tokens';
import type { CommandExecutor } from '../../commands/command-executor';
import { commandInput } from '../../commands/command-input';
import type { CommandReply } from '../../commands/command-request';
import { UpdateContactDetailsCommand } from './update-contact-details.command';

@CommandHandler(UpdateContactDetailsCommand)
export class UpdateContactDetailsHandler implements ICommandHandler<UpdateContactDetailsCommand> {
  constructor(@Inject(COMMAND_EXECUTOR) private readonly executor: CommandExecutor) {}

  execute({ request }: UpdateContactDetailsCommand): Promise<CommandReply> {
    const { participantId = '' } = request.params;
    return this.executor.execute('UpdateContactDetails', commandInput('UpdateContactDetails', request, { participantId }), request);
  }
}
