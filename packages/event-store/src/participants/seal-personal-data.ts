import { sealCommand, type ParticipantCommand, type ParticipantCommandInput } from '@binaan/domain';
import type { JsonObject } from '../port';
import type { PersonalDataVault } from '../personal-data';

const noPersonalData = (): never => {
  throw new Error('sealCommand asked to seal a command that carries no personal data');
};

/** The event type that will carry a command's envelope: bound into the ciphertext as its purpose. */
const carrierEventType = { EnrollInmate: 'InmateEnrolled', LogFollowUp: 'FollowUpLogged' } as const;

/**
 * Encrypts the command's personal-data sub-object (if any) under the participant's data key. The
 * envelope opens only with `{ purpose: <type of the event holding it> }`, so it cannot be moved
 * into another kind of event unnoticed.
 */
export const sealPersonalData = async (
  vault: PersonalDataVault,
  command: ParticipantCommandInput,
): Promise<ParticipantCommand> => {
  if (command.type !== 'EnrollInmate' && command.type !== 'LogFollowUp') return sealCommand(command, noPersonalData);
  const plain = command.personalData;
  if (plain === undefined) return sealCommand(command, noPersonalData);
  const purpose = carrierEventType[command.type];
  const envelope = await vault.seal(command.participantId, plain as unknown as JsonObject, { purpose });
  return sealCommand(command, () => envelope);
};
