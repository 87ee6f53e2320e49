/** Request bodies with synthetic people only (made-up names, made-up registration numbers). */
const givenNames = ['Sri', 'Dewi', 'Siti', 'Rina', 'Wulan', 'Ayu', 'Nur', 'Indah'];
const familyNames = ['Lestari', 'Rahayu', 'Wahyuni', 'Kusuma', 'Pertiwi', 'Handayani', 'Sulistyowati', 'Anggraini'];

let serial = 0;

export const syntheticPerson = () => {
  serial += 1;
  return {
    fullName: `${givenNames[serial % givenNames.length]} ${familyNames[(serial * 3) % familyNames.length]} Uji${serial}`,
    registrationNumber: `BI.${1000 + serial}/2022/UJI`,
  };
};

export const enrolmentBody = (overrides: Readonly<Record<string, unknown>> = {}) => ({
  programmeId: 'sulam-malang-2019',
  facilityId: 'lapas-perempuan-malang',
  registrationClass: 'B.I',
  enrolledOn: '2023-01-10',
  consent: { given: true, recordedOn: '2023-01-10' },
  personalData: syntheticPerson(),
  ...overrides,
});

export const assessmentBody = (result: 'competent' | 'not_yet_competent' = 'competent') => ({ result, assessedOn: '2023-02-01' });

export const releaseBody = () => ({ releaseType: 'pembebasan_bersyarat', releasedOn: '2023-06-01' });

export const followUpBody = (outcome: 'reached' | 'not_reached' = 'reached') =>
  outcome === 'reached'
    ? {
        contactedOn: '2023-07-03',
        channel: 'phone',
        outcome,
        employment: { status: 'self_employed', usesTrainedSkill: true, incomeBand: '500k_to_1m' },
        needs: ['capital'],
        referrals: [],
      }
    : { contactedOn: '2023-07-03', channel: 'phone', outcome, notReachedReason: 'no_answer', needs: [], referrals: [] };

/** Lifecycle and privacy bodies, dated to fit a participant enrolled by enrolmentBody (and released by releaseBody). */
export const voidBody = (eventId: string, reason: 'data_entry_error' | 'wrong_participant' | 'duplicate_entry' = 'data_entry_error') => ({
  eventId,
  reason,
});

export const cancellationBody = () => ({ reason: 'duplicate_entry' });

export const enrolmentCorrectionBody = () => ({ registrationClass: 'B.IIa' });

export const exitBody = () => ({ exitedOn: '2023-03-01', reason: 'withdrew' });

export const transferBody = () => ({ transferredOn: '2023-03-01', toFacilityId: 'lapas-perempuan-surabaya' });

export const returnToCustodyBody = () => ({ returnedOn: '2023-08-01', kind: 'parole_revoked' });

export const consentWithdrawalBody = () => ({ withdrawnOn: '2023-03-01' });

export const contactDetailsBody = () => ({ updatedOn: '2023-03-01', personalData: { phone: '0812 0000 1111', preferredChannel: 'whatsapp' } });

export const erasureBody = () => ({ basis: 'subject_request', requestedOn: '2023-09-01' });
