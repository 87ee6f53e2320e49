import type { Message } from '../message';

/**
 * What each rejected command says, by its stable code: the rules of the record the decider judges, and the
 * rules across streams command handling judges. The English text is the domain's own message written as a
 * template (a test holds the two identical), so the values it names can be carried into the Indonesian text.
 * A code whose message takes several forms lists each.
 */
export const rejections = {
  NOT_ENROLLED: { en: 'The participant is not enrolled', id: 'Peserta belum terdaftar' },
  PARTICIPANT_MISMATCH: {
    en: 'The command names a different participant than the record it was decided against',
    id: 'Perintah menyebut peserta yang berbeda dari catatan yang diputuskan',
  },
  CURRICULUM_NOT_FOUND: {
    en: 'Curriculum version {curriculumVersion} of programme {programmeId} is not in the catalogue',
    id: 'Kurikulum versi {curriculumVersion} dari program {programmeId} tidak ada di katalog',
  },
  PROGRAMME_NOT_FOUND: {
    en: 'Programme {programmeId} is not in the catalogue',
    id: 'Program {programmeId} tidak ada di katalog',
  },
  FACILITY_NOT_FOUND: {
    en: 'Facility {facilityId} is not in the catalogue',
    id: 'Lapas {facilityId} tidak ada di katalog',
  },
  ENROLMENT_DATE_IN_FUTURE: {
    en: 'The enrolment date {enrolledOn} is after today ({today})',
    id: 'Tanggal pendaftaran {enrolledOn} setelah hari ini ({today})',
  },
  CONSENT_NOT_GIVEN: {
    en: 'Enrolment needs consent given by the participant',
    id: 'Pendaftaran peserta memerlukan persetujuan dari peserta',
  },
  CONSENT_DATE_IN_FUTURE: {
    en: 'The consent date {recordedOn} is after today ({today})',
    id: 'Tanggal persetujuan {recordedOn} setelah hari ini ({today})',
  },
  ALREADY_ENROLLED: { en: 'The participant is already enrolled', id: 'Peserta sudah terdaftar' },
  MODULE_NOT_IN_CURRICULUM: {
    en: 'Module {moduleId} is not in curriculum version {curriculumVersion} of programme {programmeId}',
    id: 'Modul {moduleId} tidak ada di kurikulum versi {curriculumVersion} dari program {programmeId}',
  },
  PREREQUISITES_NOT_COMPETENT: {
    en: 'Module {moduleId} needs {missing} assessed competent on or before the assessment date',
    id: 'Modul {moduleId} memerlukan {missing} dinilai kompeten pada atau sebelum tanggal uji kompetensi',
  },
  ASSESSMENT_BEFORE_ENROLMENT: {
    en: 'The assessment date {assessedOn} is before the enrolment date {enrolledOn}',
    id: 'Tanggal uji kompetensi {assessedOn} sebelum tanggal pendaftaran {enrolledOn}',
  },
  ASSESSMENT_DATE_IN_FUTURE: {
    en: 'The assessment date {assessedOn} is after today ({today})',
    id: 'Tanggal uji kompetensi {assessedOn} setelah hari ini ({today})',
  },
  MODULE_ALREADY_COMPETENT: {
    en: 'Module {moduleId} has already been assessed competent',
    id: 'Modul {moduleId} sudah dinilai kompeten',
  },
  ALREADY_RELEASED: {
    en: 'A release is already recorded for the participant',
    id: 'Pembebasan peserta sudah dicatat',
  },
  RELEASE_BEFORE_ENROLMENT: {
    en: 'The release date {releasedOn} is before the enrolment date {enrolledOn}',
    id: 'Tanggal bebas {releasedOn} sebelum tanggal pendaftaran {enrolledOn}',
  },
  RELEASE_DATE_IN_FUTURE: {
    en: 'The release date {releasedOn} is after today ({today})',
    id: 'Tanggal bebas {releasedOn} setelah hari ini ({today})',
  },
  SUPERVISION_ENDS_BEFORE_RELEASE: {
    en: 'The end of supervision {supervisionEndsOn} is before the release date {releasedOn}',
    id: 'Akhir pembimbingan Bapas {supervisionEndsOn} sebelum tanggal bebas {releasedOn}',
  },
  NOT_RELEASED: {
    en: 'Follow-up starts after release, and no release is recorded',
    id: 'Pemantauan pasca bebas dimulai setelah bebas, dan belum ada pembebasan yang dicatat',
  },
  CONTACT_BEFORE_RELEASE: {
    en: 'The contact date {contactedOn} is before the release date {releasedOn}',
    id: 'Tanggal kontak {contactedOn} sebelum tanggal bebas {releasedOn}',
  },
  CONTACT_DATE_IN_FUTURE: {
    en: 'The contact date {contactedOn} is after today ({today})',
    id: 'Tanggal kontak {contactedOn} setelah hari ini ({today})',
  },
  EMPLOYMENT_WITHOUT_REACHED_CONTACT: {
    en: 'Employment is reported only at a reached contact, and this one was {outcome}',
    id: 'Pekerjaan hanya dicatat pada kontak yang berhasil dihubungi, dan kontak ini {outcome}',
  },
  NOT_REACHED_REASON_MISSING: {
    en: 'A not_reached contact needs a notReachedReason',
    id: 'Kontak not_reached (tidak berhasil dihubungi) memerlukan notReachedReason',
  },
  NOT_REACHED_REASON_UNEXPECTED: {
    en: 'Only a not_reached contact has a notReachedReason, and this one was {outcome}',
    id: 'Hanya kontak not_reached (tidak berhasil dihubungi) yang memiliki notReachedReason, dan kontak ini {outcome}',
  },
  FACILITY_DOES_NOT_OFFER_PROGRAMME: {
    en: '{facilityId} does not run programme {programmeId}; an exit (transferred_out) records a move to such a unit',
    id: '{facilityId} tidak menjalankan program {programmeId}; pemindahan ke UPT seperti itu dicatat sebagai keluar (transferred_out)',
  },
  REGENCY_NOT_FOUND: { en: 'Regency {code} is not in the catalogue', id: 'Kabupaten/kota {code} tidak ada di katalog' },
  VOIDED_EVENT_NOT_FOUND: {
    en: "No event {eventId} in this participant's record",
    id: 'Tidak ada entri {eventId} di catatan peserta ini',
  },
  EVENT_NOT_VOIDABLE: {
    en: 'Event {eventId} ({type}) cannot be voided: an enrolment is cancelled, a correction is corrected again, and voids and privacy acts stand',
    id: 'Entri {eventId} ({type}) tidak dapat dibatalkan: pendaftaran dibatalkan dengan pembatalan pendaftaran, koreksi dikoreksi lagi, dan pembatalan entri serta tindakan data pribadi tetap berlaku',
  },
  ALREADY_VOIDED: { en: 'Event {eventId} is already voided', id: 'Entri {eventId} sudah dibatalkan' },
  VOID_HAS_DEPENDENTS: {
    en: 'Event {eventId} has later entries that rest on it; void them first, newest first: {dependentEventIds}',
    id: 'Entri {eventId} menjadi dasar entri-entri sesudahnya; batalkan entri itu lebih dulu, mulai dari yang terbaru: {dependentEventIds}',
  },
  ROLE_MAY_NOT_VOID: {
    en: 'A {role} may not void a {type}: only the role that records it, or an admin',
    id: 'Peran {role} tidak boleh membatalkan {type}: hanya peran yang mencatatnya, atau admin',
  },
  VOID_OF_ANOTHER_PERSONS_ENTRY: {
    en: "Another person recorded this entry; a correction of someone else's record needs an admin (the supervisor)",
    id: 'Entri ini dicatat oleh orang lain; koreksi atas catatan orang lain memerlukan admin (atasan)',
  },
  ENROLMENT_CANCELLED: {
    en: 'This enrolment was cancelled as entered in error; nothing more can be recorded on it',
    id: 'Pendaftaran ini dibatalkan karena salah entri; tidak ada lagi yang dapat dicatat padanya',
  },
  CORRECTION_CHANGES_NOTHING: {
    en: 'Every field given already has that value',
    id: 'Setiap kolom yang diberikan sudah berisi nilai itu',
  },
  CURRICULUM_CORRECTION_CONFLICTS: {
    en: 'Curriculum version {curriculumVersion} does not teach modules already assessed: {moduleIds}',
    id: 'Kurikulum versi {curriculumVersion} tidak memuat modul yang sudah diuji: {moduleIds}',
  },
  PARTICIPANT_EXITED: {
    en: 'The participant has left the programme; void the exit first if it was recorded in error',
    id: 'Peserta sudah keluar dari program; batalkan entri keluar lebih dulu bila salah dicatat',
  },
  EXIT_AFTER_RELEASE: {
    en: 'An exit is recorded before release; after release, record a return to custody',
    id: 'Keluar dari program dicatat sebelum bebas; setelah bebas, catat kembali ke tahanan',
  },
  TRANSFER_AFTER_RELEASE: {
    en: 'A released participant is not transferred between prison units',
    id: 'Peserta yang sudah bebas tidak dipindahkan antar-UPT',
  },
  TRANSFER_TO_SAME_FACILITY: {
    en: 'The participant is already in {facilityId}',
    id: 'Peserta sudah berada di {facilityId}',
  },
  ALREADY_RETURNED_TO_CUSTODY: {
    en: 'A return to custody is already recorded for this release',
    id: 'Kembali ke tahanan sudah dicatat untuk pembebasan ini',
  },
  FOLLOW_UP_AFTER_RETURN_TO_CUSTODY: {
    en: 'The follow-up schedule ended when she returned to custody on {returnedOn}; a contact on {contactedOn} cannot be logged',
    id: 'Jadwal pemantauan pasca bebas berakhir saat ia kembali ke tahanan pada {returnedOn}; kontak pada {contactedOn} tidak dapat dicatat',
  },
  CONSENT_ALREADY_WITHDRAWN: { en: 'Consent is already withdrawn', id: 'Persetujuan sudah dicabut' },
  CONSENT_WITHDRAWN: {
    en: 'The participant withdrew her consent: a contact may be logged without notes or employment detail, and no contact details kept',
    id: 'Peserta telah mencabut persetujuannya: kontak boleh dicatat tanpa catatan atau rincian pekerjaan, dan tidak ada data kontak yang disimpan',
  },
  ALREADY_ERASED: {
    en: "The participant's personal data is already erased",
    id: 'Data pribadi peserta sudah dihapus',
  },
  PERSONAL_DATA_ERASED: {
    en: "The participant's personal data was erased; no new personal data can be recorded for them",
    id: 'Data pribadi peserta telah dihapus; tidak ada data pribadi baru yang dapat dicatat untuknya',
  },
  DATE_IN_FUTURE: { en: '{field} {date} is after today ({today})', id: '{field} {date} setelah hari ini ({today})' },
  DATE_TOO_EARLY: [
    { en: '{field} {date} is before the enrolment ({earliest})', id: '{field} {date} sebelum pendaftaran ({earliest})' },
    { en: '{field} {date} is before the release ({earliest})', id: '{field} {date} sebelum tanggal bebas ({earliest})' },
    { en: '{field} {date} is before the last transfer ({earliest})', id: '{field} {date} sebelum pemindahan terakhir ({earliest})' },
  ],
  COUNT_DATE_IN_FUTURE: {
    en: 'The count date {countedOn} is after today ({today})',
    id: 'Tanggal penghitungan {countedOn} setelah hari ini ({today})',
  },
  COUNTS_EXCEED_TOTAL: {
    en: 'The counts by registration class add up to {byClass}, more than the total of {total}',
    id: 'Jumlah per golongan registrasi ({byClass}) melebihi total {total}',
  },
  PERSON_ALREADY_ENROLLED_IN_PROGRAMME: {
    en: 'This registration number at this facility is already enrolled in programme {programmeId} under another participant id',
    id: 'Nomor registrasi ini di Lapas ini sudah terdaftar di program {programmeId} dengan id peserta lain',
  },
  OUTSIDE_CALLER_SCOPE: [
    {
      en: 'You may enrol only into a facility you work for (facilityId is outside your scope)',
      id: 'Anda hanya boleh mendaftarkan ke Lapas tempat Anda bertugas (facilityId di luar cakupan Anda)',
    },
    {
      en: 'You may enrol only into a programme you work for (programmeId is outside your scope)',
      id: 'Anda hanya boleh mendaftarkan ke program yang Anda tangani (programmeId di luar cakupan Anda)',
    },
  ],
  IDEMPOTENCY_KEY_REUSED: {
    en: 'This command id (Idempotency-Key) was already used for a different command or by another actor',
    id: 'Id perintah ini (Idempotency-Key) sudah dipakai untuk perintah lain atau oleh pelaku lain',
  },
} as const satisfies Readonly<Record<string, Message | readonly Message[]>>;

export type RejectionCode = keyof typeof rejections;

/** Every form a rejection's message takes. */
export const rejectionMessages = (code: RejectionCode): readonly Message[] => {
  const entry: Message | readonly Message[] = rejections[code];
  return Array.isArray(entry) ? entry : [entry as Message];
};
