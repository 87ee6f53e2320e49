import * as E from 'fp-ts/Either';
import type { InmateEnrolled } from '@binaan/domain';
import type { ParticipantDirectoryRow } from '../read-model-rows';

/**
 * Opens a participant's sealed personal data. Injected, so the domain never holds keys:
 * the vault in @binaan/event-store provides it. `erased` means the data key was deleted (UU PDP).
 */
export type PersonalDataOpening =
  | { readonly status: 'ok'; readonly data: unknown }
  | { readonly status: 'erased' }
  | { readonly status: Exclude<string, 'ok' | 'erased'>; readonly reason?: string };

export type OpenPersonalData = (envelope: unknown) => PersonalDataOpening;

const textField = (data: unknown, field: string): string | undefined => {
  const value = typeof data === 'object' && data !== null ? (data as { readonly [key: string]: unknown })[field] : undefined;
  return typeof value === 'string' ? value : undefined;
};

/**
 * participant_directory: the decrypted name and registration number of an enrolment, or no row at
 * all when the data was erased. Any other failure to open stops the projection: never a silent gap.
 */
export const directoryEntry =
  (openPersonalData: OpenPersonalData) =>
  ({ data: enrolment }: InmateEnrolled): E.Either<string, ParticipantDirectoryRow | null> => {
    const opening = openPersonalData(enrolment.personalData);
    if (opening.status === 'erased') {
      return E.right(null);
    }
    if (opening.status !== 'ok' || !('data' in opening)) {
      return E.left(`personal data of participant ${enrolment.participantId} could not be opened: ${opening.status}`);
    }
    const fullName = textField(opening.data, 'fullName');
    const registrationNumber = textField(opening.data, 'registrationNumber');
    return fullName === undefined || registrationNumber === undefined
      ? E.left(`personal data of participant ${enrolment.participantId}: fullName and registrationNumber must be strings`)
      : E.right({
          participant_id: enrolment.participantId,
          programme_id: enrolment.programmeId,
          facility_id: enrolment.facilityId,
          full_name: fullName,
          registration_number: registrationNumber,
        });
  };
