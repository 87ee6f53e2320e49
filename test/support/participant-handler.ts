import { randomBytes } from 'node:crypto';
import { shippedCatalogue } from '@binaan/domain';
import { createMasterKey, createMemoryKeyStore, createPersonalDataVault, type KeyStore } from '@binaan/personal-data';
import { createParticipantCommandHandler, type ParticipantCommandHandler } from '@binaan/command-handling';
import { type EventStore } from '@binaan/event-store';
import { w1Clock } from './w1-commands';

/** Command handling over any store, with a fresh master key and the given (or a memory) key store. */
export const participantHandlerFor = async (
  store: EventStore,
  options: { keyStore?: KeyStore; masterKeyBytes?: Uint8Array } = {},
): Promise<ParticipantCommandHandler> => {
  const masterKey = createMasterKey(options.masterKeyBytes ?? randomBytes(32));
  const keyStore = options.keyStore ?? (await createMemoryKeyStore(masterKey));
  return createParticipantCommandHandler({
    store,
    catalogue: shippedCatalogue,
    vault: createPersonalDataVault(keyStore),
    reservationKey: masterKey.deriveKey('enrolment-reservation'),
    fingerprintKey: masterKey.deriveKey('command-fingerprint'),
    clock: w1Clock,
  });
};
