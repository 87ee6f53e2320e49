import type { Message } from '../message';

/** A problem's `title`: the same for every problem of a status, in the asked language (RFC 9457 allows it to change only by language). */
export const statusTitles = {
  400: { en: 'Bad Request', id: 'Permintaan Tidak Valid' },
  401: { en: 'Unauthorized', id: 'Belum Terautentikasi' },
  403: { en: 'Forbidden', id: 'Dilarang' },
  404: { en: 'Not Found', id: 'Tidak Ditemukan' },
  405: { en: 'Method Not Allowed', id: 'Metode Tidak Diizinkan' },
  408: { en: 'Request Timeout', id: 'Waktu Permintaan Habis' },
  409: { en: 'Conflict', id: 'Konflik' },
  413: { en: 'Content Too Large', id: 'Isi Terlalu Besar' },
  415: { en: 'Unsupported Media Type', id: 'Jenis Media Tidak Didukung' },
  422: { en: 'Unprocessable Content', id: 'Isi Tidak Dapat Diproses' },
  429: { en: 'Too Many Requests', id: 'Terlalu Banyak Permintaan' },
  500: { en: 'Internal Server Error', id: 'Kesalahan Internal Server' },
  503: { en: 'Service Unavailable', id: 'Layanan Tidak Tersedia' },
} as const satisfies Readonly<Record<number, Message>>;

export type TitledStatus = keyof typeof statusTitles;

/** A generic title for a status the table does not name. */
export const otherStatusTitle: Message = { en: 'Error', id: 'Kesalahan' };
