import type { EncryptedEnvelope, ParticipantEvent, ParticipantId } from '@binaan/domain';
import { openDirectoryRow } from '../../queries/participant-directory-query';
import type { ParticipantDirectoryRow } from '../read-model-rows';
import { directoryRowAfter } from './participant-directory';
import type { OpenSealedPersonalData } from './personal-data-opening';

const participantId = '00000000-0000-4000-8000-000000000001' as ParticipantId;
/** A made-up envelope whose "ciphertext" is base64 JSON, opened by `openMadeUp` below; real ones are AES-GCM. */
const sealed = (data: object): EncryptedEnvelope =>
  ({ alg: 'A256GCM', kid: participantId, iv: 'AAAAAAAAAAAAAAAA', ct: Buffer.from(JSON.stringify(data)).toString('base64'), tag: 'AAAAAAAAAAAAAAAAAAAAAA==' }) as EncryptedEnvelope;
const openMadeUp: OpenSealedPersonalData = async (envelope) => ({
  status: 'ok',
  data: JSON.parse(Buffer.from((envelope as { ct: string }).ct, 'base64').toString('utf8')) as unknown,
});

const enrolled = {
  type: 'InmateEnrolled',
  data: { schemaVersion: 1, participantId, programmeId: 'sulam-malang-2019', personalData: sealed({ fullName: 'Warga Contoh', registrationNumber: 'BI-1/2019' }) },
} as unknown as ParticipantEvent;
const corrected = {
  type: 'EnrolmentCorrected',
  data: { schemaVersion: 1, participantId, personalData: sealed({ fullName: 'Warga Contoh Benar' }) },
} as unknown as ParticipantEvent;
const voided = (eventId: string) =>
  ({ type: 'EntryVoided', data: { schemaVersion: 1, participantId, voidedEventId: eventId, voidedType: 'EnrolmentCorrected', reason: 'data_entry_error' } }) as unknown as ParticipantEvent;
const erased = { type: 'PersonalDataErased', data: { schemaVersion: 1, participantId } } as unknown as ParticipantEvent;

const fold = (events: readonly (readonly [ParticipantEvent, string])[]): ParticipantDirectoryRow | null | undefined =>
  events.reduce<ParticipantDirectoryRow | null | undefined>((row, [event, eventId]) => {
    const next = directoryRowAfter(row ?? undefined, event, eventId);
    return next === undefined ? row : next;
  }, undefined);

describe('participant_directory', () => {
  it('keeps the sealed copy, never the name in clear', () => {
    const row = fold([[enrolled, 'e1']])!;
    expect(row.sealed_personal_data).not.toContain('Warga');
    expect(JSON.stringify(row)).not.toContain('BI-1/2019');
  });

  it('reads a correction over the enrolment, field by field', async () => {
    const row = fold([
      [enrolled, 'e1'],
      [corrected, 'e2'],
    ])!;
    expect(await openDirectoryRow(row, openMadeUp)).toEqual({ participantId, status: 'ok', fullName: 'Warga Contoh Benar', registrationNumber: 'BI-1/2019' });
  });

  it('drops a voided correction, so the name is the enrolment’s again', async () => {
    const row = fold([
      [enrolled, 'e1'],
      [corrected, 'e2'],
      [voided('e2'), 'e3'],
    ])!;
    expect(await openDirectoryRow(row, openMadeUp)).toMatchObject({ status: 'ok', fullName: 'Warga Contoh' });
  });

  it('deletes the row on erasure, and reads a deleted key as erased', async () => {
    expect(fold([
      [enrolled, 'e1'],
      [erased, 'e2'],
    ])).toBeNull();
    const row = fold([[enrolled, 'e1']])!;
    expect(await openDirectoryRow(row, async () => ({ status: 'erased' }))).toEqual({ participantId, status: 'erased' });
  });

  it('refuses to guess when a copy cannot be opened, and says so without the data', async () => {
    const row = fold([[enrolled, 'e1']])!;
    await expect(openDirectoryRow(row, async () => ({ status: 'tampered' }))).rejects.toThrow(
      `personal data of participant ${participantId} could not be opened: tampered`,
    );
  });
});
