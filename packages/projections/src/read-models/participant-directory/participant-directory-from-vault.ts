import { participantDirectoryProjection } from './participant-directory-projection';
import { type PersonalDataOpening } from './participant-directory';
import { type RowProjection } from '../row-projection';

/** The vault's `open` (e.g. `PersonalDataVault.open` from @binaan/event-store): asynchronous, as key stores are. */
export type OpenPersonalDataAsync = (envelope: unknown) => Promise<PersonalDataOpening>;

const notOpened: PersonalDataOpening = { status: 'not_opened', reason: 'the envelope was not opened before the batch' };

/**
 * participant_directory over an asynchronous vault: each batch's envelopes are opened first
 * (`prepare`), then the pure reducer reads the openings synchronously.
 */
export const participantDirectoryFromVault = (open: OpenPersonalDataAsync): RowProjection => {
  const openings = new WeakMap<object, PersonalDataOpening>();
  const projection = participantDirectoryProjection((envelope) =>
    typeof envelope === 'object' && envelope !== null ? (openings.get(envelope) ?? notOpened) : notOpened,
  );
  return {
    ...projection,
    prepare: async (events) => {
      for (const event of events) {
        const envelope = event.type === 'InmateEnrolled' ? event.data['personalData'] : undefined;
        if (typeof envelope === 'object' && envelope !== null && !openings.has(envelope)) {
          openings.set(envelope, await open(envelope));
        }
      }
    },
  };
};
