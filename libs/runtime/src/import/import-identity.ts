import { createHmac } from 'node:crypto';

/**
 * The ids an import gives what a spreadsheet names: the same woman (facility and registration number)
 * is always the same participant, and the same row always the same command, however often the file is
 * imported, so a re-run writes nothing twice. Keyed (HMAC under a key derived from the master key), so
 * neither id lets anyone without the key test a guessed registration number against the record.
 */
export interface ImportIdentity {
  participantId(facilityId: string, registrationNumber: string): string;
  commandId(kind: string, participantId: string, row: unknown): string;
}

/** A lower-case RFC 9562 version 8 UUID from the first 16 bytes of an HMAC-SHA-256. */
const uuidOf = (key: Uint8Array, text: string): string => {
  const bytes = createHmac('sha256', key).update(text, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** Registration numbers are typed by hand: case and spacing do not make another person. */
const normalisedRegistrationNumber = (registrationNumber: string): string => registrationNumber.trim().replace(/\s+/g, ' ').toUpperCase();

export const createImportIdentity = (key: Uint8Array): ImportIdentity => ({
  participantId: (facilityId, registrationNumber) =>
    uuidOf(key, JSON.stringify(['participant', facilityId, normalisedRegistrationNumber(registrationNumber)])),
  commandId: (kind, participantId, row) => uuidOf(key, JSON.stringify(['command', kind, participantId, row])),
});
