import {
  carriesSealedPersonalData,
  holdsPersonalData,
  personalDataCarriers,
  type EncryptedEnvelope,
  type ParticipantCommandInput,
  type ParticipantEvent,
  type PersonalDataCommandType,
} from '@binaan/domain';
import type { JsonObject } from '@binaan/canonical-json';
import type { PersonalDataVault } from '@binaan/personal-data';

/**
 * Stands in for the envelope while `decide` runs, so that no data key is created and nothing is
 * encrypted for a command that is rejected or repeated. The decider only carries envelopes along;
 * its empty parts fail the envelope codec, so the store refuses an event that kept it.
 */
export const pendingEnvelope = (participantId: string): EncryptedEnvelope => ({
  alg: 'A256GCM',
  kid: participantId,
  iv: '',
  ct: '',
  tag: '',
});

/** Whether the command holds personal data to seal (an enrolment always does). */
export const carriesPersonalData = (command: ParticipantCommandInput): boolean => holdsPersonalData(command);

const isPersonalDataCommand = (type: ParticipantCommandInput['type']): type is PersonalDataCommandType =>
  Object.prototype.hasOwnProperty.call(personalDataCarriers, type);

/**
 * Encrypts the command's personal data (if any) under the participant's data key, created on first
 * use. The envelope opens only with `{ purpose: <type of the event holding it> }`, so it cannot be
 * moved into another kind of event unnoticed.
 */
export const sealPersonalData = async (vault: PersonalDataVault, command: ParticipantCommandInput): Promise<EncryptedEnvelope | undefined> => {
  if (!('personalData' in command) || command.personalData === undefined || !isPersonalDataCommand(command.type)) return undefined;
  return vault.seal(command.participantId, command.personalData as unknown as JsonObject, { purpose: personalDataCarriers[command.type] });
};

/** Puts the sealed envelope into the decided events in place of the pending one. */
export const withEnvelope = (events: readonly ParticipantEvent[], envelope: EncryptedEnvelope | undefined): readonly ParticipantEvent[] =>
  envelope === undefined
    ? events
    : events.map((event) =>
        carriesSealedPersonalData(event.type) && 'personalData' in event.data && event.data.personalData !== undefined
          ? ({ ...event, data: { ...event.data, personalData: envelope } } as ParticipantEvent)
          : event,
      );
