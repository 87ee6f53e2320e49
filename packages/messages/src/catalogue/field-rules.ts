import type { Message } from '../message';

/**
 * The rules a field of a request can break, as the domain's codecs and the API's header and query checks
 * word them (the English template) and in Indonesian. Field names, codes and formats (`YYYY-MM-DD`,
 * `not_reached`) stay as written: they are what the client sends.
 */
export const fieldRules = {
  required: { en: 'is required', id: 'wajib diisi' },
  requiredWhenOther: { en: 'is required when reason is other', id: 'wajib diisi bila reason adalah other' },
  unknownField: { en: 'is not a known field', id: 'bukan kolom yang dikenal' },
  string: { en: 'must be a string', id: 'harus berupa teks' },
  number: { en: 'must be a number', id: 'harus berupa angka' },
  boolean: { en: 'must be true or false', id: 'harus true atau false' },
  null: { en: 'must be null', id: 'harus null' },
  array: { en: 'must be an array', id: 'harus berupa array' },
  object: { en: 'must be an object', id: 'harus berupa objek' },
  jsonObject: { en: 'must be a JSON object', id: 'harus berupa objek JSON' },
  invalid: { en: 'is not valid', id: 'tidak valid' },
  oneOf: { en: 'must be one of {allowed}', id: 'harus salah satu dari {allowed}' },
  oneOfOrNull: { en: 'must be one of {allowed} or null', id: 'harus salah satu dari {allowed} atau null' },
  wholeNumberAtLeast: { en: 'must be a whole number of at least {min}', id: 'harus bilangan bulat paling sedikit {min}' },
  wholeNumberFromTo: { en: 'must be a whole number from {min} to {max}', id: 'harus bilangan bulat dari {min} sampai {max}' },
  nonNegativeInteger: { en: 'must be a non-negative integer', id: 'harus bilangan bulat tidak negatif' },
  textLength: {
    en: 'must be {min} to {max} characters, got {length}',
    id: 'harus {min} sampai {max} karakter, diberikan {length}',
  },
  textLengthUpTo: { en: 'must be {min} to {max} characters', id: 'harus {min} sampai {max} karakter' },
  atMostCharacters: { en: 'must be at most {max} characters', id: 'paling banyak {max} karakter' },
  wellFormedText: {
    en: 'must be well-formed text (it holds a lone surrogate)',
    id: 'harus teks yang utuh (ada surrogate tunggal)',
  },
  noControlCharacters: { en: 'must not contain control characters', id: 'tidak boleh mengandung karakter kontrol' },
  oneLine: { en: 'must be one line without control characters', id: 'harus satu baris tanpa karakter kontrol' },
  noDirectionControls: { en: 'must not contain text-direction controls', id: 'tidak boleh mengandung kontrol arah teks' },
  notBlank: { en: 'must not be blank', id: 'tidak boleh kosong' },
  atLeastOneField: { en: 'must give at least one field', id: 'harus mengisi paling sedikit satu kolom' },
  birthDateNotAfterEnrolment: {
    en: 'must not be after enrolledOn ({enrolledOn})',
    id: 'tidak boleh setelah enrolledOn ({enrolledOn})',
  },
  nikDisagreesWithBirthDate: {
    en: 'the birth date in digits 7-12 does not match personalData.birthDate',
    id: 'tanggal lahir pada digit 7-12 tidak sesuai dengan personalData.birthDate',
  },
  nikDigitsOnly: {
    en: 'must be {length} digits, got characters other than digits',
    id: 'harus {length} digit, berisi karakter selain angka',
  },
  nikLength: { en: 'must be {length} digits, got {got} digits', id: 'harus {length} digit, diberikan {got} digit' },
  nikBirthDate: {
    en: 'must hold a birth date DDMMYY in digits 7-12 (day 01-31, or 41-71 for women; month 01-12)',
    id: 'harus memuat tanggal lahir DDMMYY pada digit 7-12 (hari 01-31, atau 41-71 untuk perempuan; bulan 01-12)',
  },
  phoneNumber: {
    en: 'must be a phone number: digits, spaces and dashes, optionally a leading +',
    id: 'harus nomor telepon: angka, spasi dan tanda hubung, boleh diawali +',
  },
  phoneDigits: { en: 'must have {min} to {max} digits, got {digits}', id: 'harus {min} sampai {max} digit, diberikan {digits}' },
  registerEntry: { en: 'must be a register entry', id: 'harus nomor registrasi' },
  latinRegister: {
    en: 'must be written in Latin letters, digits and punctuation',
    id: 'harus ditulis dengan huruf Latin, angka dan tanda baca',
  },
  date: { en: 'must be a date YYYY-MM-DD', id: 'harus tanggal YYYY-MM-DD' },
  dateRange: { en: 'must be a date between 1900 and 2999', id: 'harus tanggal antara 1900 dan 2999' },
  calendarDate: { en: 'must be a real calendar date', id: 'harus tanggal kalender yang ada' },
  month: { en: 'must be a month YYYY-MM', id: 'harus bulan YYYY-MM' },
  monthOrDate: { en: 'must be a month YYYY-MM or a date YYYY-MM-DD', id: 'harus bulan YYYY-MM atau tanggal YYYY-MM-DD' },
  dateOrInstant: {
    en: 'must be a date YYYY-MM-DD or an ISO-8601 instant such as 2024-05-01T08:00:00Z',
    id: 'harus tanggal YYYY-MM-DD atau waktu ISO-8601 seperti 2024-05-01T08:00:00Z',
  },
  notInFuture: {
    en: 'must not be in the future (today is {today} in Malang)',
    id: 'tidak boleh di masa depan (hari ini {today} di Malang)',
  },
  slug: {
    en: 'must be a slug of lower-case letters and digits joined by single hyphens',
    id: 'harus slug dari huruf kecil dan angka yang digabung dengan satu tanda hubung',
  },
  slugExample: { en: 'must be a slug such as sulam-malang-2019', id: 'harus slug seperti sulam-malang-2019' },
  lowerCaseUuid: {
    en: 'must be a lower-case UUID (8-4-4-4-12 hex digits)',
    id: 'harus UUID huruf kecil (8-4-4-4-12 digit heksadesimal)',
  },
  lowerCaseUuidShort: { en: 'must be a lower-case UUID', id: 'harus UUID huruf kecil' },
  uuid: { en: 'must be a UUID (8-4-4-4-12 hex digits)', id: 'harus UUID (8-4-4-4-12 digit heksadesimal)' },
  quotedRevision: { en: 'must be a quoted non-negative integer', id: 'harus bilangan bulat tidak negatif dalam tanda kutip' },
  regencyCode: { en: 'must be a four-digit BPS regency code', id: 'harus kode kabupaten/kota BPS empat digit' },
  unknownParameter: { en: 'is not a known parameter; use {known}', id: 'bukan parameter yang dikenal; gunakan {known}' },
  parameterOnce: { en: 'must be given once, as text', id: 'harus diberikan satu kali, sebagai teks' },
  globalPosition: { en: 'must be a global position (a whole number)', id: 'harus posisi global (bilangan bulat)' },
} as const satisfies Readonly<Record<string, Message>>;

export type FieldRuleName = keyof typeof fieldRules;
