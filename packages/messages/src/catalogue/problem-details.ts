import type { Message } from '../message';

/**
 * The details of the API's own problems, one per way a request fails before any rule of the record is
 * judged (the body, the headers, the token, the address), named as the API's `problems` names them.
 */
export const problemDetails = {
  invalidJson: { en: 'The body is not valid JSON.', id: 'Isi permintaan bukan JSON yang valid.' },
  emptyBody: { en: 'The body is empty; send a JSON object.', id: 'Isi permintaan kosong; kirim sebuah objek JSON.' },
  bodyIncomplete: {
    en: 'The connection closed before the whole body arrived (a slow client gets 408 from the server).',
    id: 'Koneksi terputus sebelum seluruh isi permintaan diterima (klien yang lambat mendapat 408 dari server).',
  },
  invalidUtf8: { en: 'The body is not valid UTF-8.', id: 'Isi permintaan bukan UTF-8 yang valid.' },
  bodyTooDeep: {
    en: 'The body nests objects or arrays deeper than {maxDepth} levels.',
    id: 'Isi permintaan menumpuk objek atau array lebih dalam dari {maxDepth} tingkat.',
  },
  validationFailed: {
    en: 'The request does not match the expected shape; see errors.',
    id: 'Permintaan tidak sesuai dengan bentuk yang diharapkan; lihat errors.',
  },
  invalidIdempotencyKey: { en: 'The Idempotency-Key header must be a UUID.', id: 'Header Idempotency-Key harus berupa UUID.' },
  invalidCorrelationId: { en: 'The X-Correlation-Id header must be a UUID.', id: 'Header X-Correlation-Id harus berupa UUID.' },
  invalidIfMatch: {
    en: 'The If-Match header must be one quoted stream revision, e.g. "3".',
    id: 'Header If-Match harus berisi satu revisi stream dalam tanda kutip, misalnya "3".',
  },
  invalidQuery: { en: 'A query parameter is not valid; see errors.', id: 'Ada parameter query yang tidak valid; lihat errors.' },
  missingToken: {
    en: 'Send a bearer token (Authorization: Bearer <token>, from POST /auth/token) or sign in (POST /auth/session).',
    id: 'Kirim token bearer (Authorization: Bearer <token>, dari POST /auth/token) atau masuk (POST /auth/session).',
  },
  sessionEnded: {
    en: 'The session has ended (signed out, timed out, or the account changed); sign in again.',
    id: 'Sesi telah berakhir (sudah keluar, habis waktu, atau akun berubah); silakan masuk lagi.',
  },
  invalidCredentials: { en: 'The username or password is wrong.', id: 'Nama pengguna atau kata sandi salah.' },
  oidcSignInFailed: {
    en: 'The sign-in with the identity provider did not complete ({reason}); start again from the sign-in page.',
    id: 'Masuk melalui penyedia identitas tidak selesai ({reason}); mulai lagi dari halaman masuk.',
  },
  oidcClaimInvalid: {
    en: 'The identity provider\'s claim {claim} does not fit Binaan; see errors, and ask the provider\'s administrator to correct it.',
    id: 'Klaim {claim} dari penyedia identitas tidak sesuai untuk Binaan; lihat errors, dan minta administrator penyedia untuk memperbaikinya.',
  },
  oidcProviderUnavailable: {
    en: 'The identity provider cannot be reached just now; try again shortly or sign in with a password.',
    id: 'Penyedia identitas tidak dapat dihubungi saat ini; coba lagi sebentar lagi atau masuk dengan kata sandi.',
  },
  accountDisabled: { en: 'This account is disabled; ask an administrator.', id: 'Akun ini dinonaktifkan; hubungi administrator.' },
  tooManySignIns: {
    en: 'Too many failed sign-ins for this username from this address; try again in {retryAfterSeconds} s.',
    id: 'Terlalu banyak percobaan masuk yang gagal untuk nama pengguna ini dari alamat ini; coba lagi dalam {retryAfterSeconds} detik.',
  },
  csrfTokenMissing: {
    en: 'A request signed in by the session cookie that changes something must send X-CSRF-Token.',
    id: 'Permintaan yang masuk dengan cookie sesi dan mengubah sesuatu harus mengirim X-CSRF-Token.',
  },
  csrfTokenInvalid: { en: "X-CSRF-Token does not match the session's token.", id: 'X-CSRF-Token tidak cocok dengan token sesi.' },
  invalidToken: { en: 'The bearer token is not valid.', id: 'Token bearer tidak valid.' },
  tokenExpired: { en: 'The bearer token has expired.', id: 'Token bearer sudah kedaluwarsa.' },
  forbidden: { en: 'The role "{role}" may not do this.', id: 'Peran "{role}" tidak boleh melakukan ini.' },
  outsideCallerScope: {
    en: 'You may record head counts only for a facility you work for ({field} is outside your scope)',
    id: 'Anda hanya boleh mencatat jumlah penghuni untuk Lapas tempat Anda bertugas ({field} di luar cakupan Anda)',
  },
  routeNotFound: { en: 'There is nothing at this address.', id: 'Tidak ada apa pun di alamat ini.' },
  participantNotFound: {
    en: 'No participant with this id is known (yet: read models follow writes within moments).',
    id: 'Tidak ada peserta dengan id ini (belum: read model menyusul penulisan dalam beberapa saat).',
  },
  methodNotAllowed: { en: 'This address does not accept this method.', id: 'Alamat ini tidak menerima metode ini.' },
  revisionConflict: {
    en: 'The participant changed since revision {expected}; it is now at {actual}. Reload and try again.',
    id: 'Data peserta berubah sejak revisi {expected}; sekarang revisi {actual}. Muat ulang dan coba lagi.',
  },
  idempotencyKeyReused: {
    en: 'This Idempotency-Key is in use by a different request.',
    id: 'Idempotency-Key ini sedang dipakai oleh permintaan lain.',
  },
  payloadTooLarge: { en: 'The body is larger than {limitBytes} bytes.', id: 'Isi permintaan lebih besar dari {limitBytes} byte.' },
  unsupportedMediaType: { en: 'Send the body as application/json.', id: 'Kirim isi permintaan sebagai application/json.' },
  internalError: {
    en: 'Something went wrong on our side; it has been logged.',
    id: 'Terjadi kesalahan di pihak kami; sudah dicatat.',
  },
  shuttingDown: { en: 'The API is shutting down; retry in a moment.', id: 'API sedang berhenti; coba lagi sebentar lagi.' },
  erasureNotFlushed: {
    en: 'The erasure is recorded and her data can no longer be opened, but the key store is being read (by a backup, say), so the old bytes of her key are not cleared yet. Send the same request again to finish.',
    id: 'Penghapusan data pribadi sudah dicatat dan datanya tidak dapat dibuka lagi, tetapi penyimpanan kunci sedang dibaca (misalnya oleh cadangan), sehingga sisa kuncinya belum terhapus. Kirim permintaan yang sama sekali lagi untuk menyelesaikannya.',
  },
  notReady: { en: 'A dependency is not ready.', id: 'Ada layanan pendukung yang belum siap.' },
  httpError: { en: 'The request could not be handled.', id: 'Permintaan tidak dapat diproses.' },
} as const satisfies Readonly<Record<string, Message>>;

export type ProblemDetailKey = keyof typeof problemDetails;
