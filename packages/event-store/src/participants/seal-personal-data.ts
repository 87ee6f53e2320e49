import { sealCommand, type ParticipantCommand, type ParticipantCommandInput } from '@binaan/domain';
import type { JsonObject } from '../port';
import type { PersonalDataVault } from '../personal-data';

/** Encrypts the command's personal-data sub-object (if any) under the participant's data key. */
export const sealPersonalData = async (
  vault: PersonalDataVault,
  command: ParticipantCommandInput,
): Promise<ParticipantCommand> => {
  const plain = 'personalData' in command ? command.personalData : undefined;
  if (plain === undefined) return sealCommand(command, () => { throw new Error('no personal data to seal'); });
  const envelope = await vault.seal(command.participantId, plain as unknown as JsonObject, { purpose: command.type });
  return sealCommand(command, () => envelope);
};
