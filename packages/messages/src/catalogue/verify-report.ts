import type { Message } from '../message';

/**
 * The lines of `binaan verify`'s report as text, for an auditor to read. `CLEAN` and `TAMPERING FOUND` are kept
 * in both languages, beside their meaning, so that either report can be searched for them.
 */
export const verifyReport = {
  store: { en: 'Store: {store}', id: 'Penyimpanan: {store}' },
  hashChains: {
    en: 'Hash chains: {events} event(s) in {streams} stream(s) recomputed.',
    id: 'Rantai hash: {events} event dalam {streams} stream dihitung ulang.',
  },
  hashChainsUpTo: {
    en: 'Hash chains: {events} event(s) in {streams} stream(s) recomputed, up to position {position}.',
    id: 'Rantai hash: {events} event dalam {streams} stream dihitung ulang, sampai posisi {position}.',
  },
  unchained: {
    en: 'Not covered: {count} enrolment reservation event(s) were stored without a hash chain, so no chain or anchor vouches for them (the audit log still lists them).',
    id: 'Tidak tercakup: {count} event reservasi pendaftaran disimpan tanpa rantai hash, sehingga tidak ada rantai atau anchor yang menjaminnya (jejak audit tetap mencantumkannya).',
  },
  otherRecords: {
    en: "Not Binaan's, passed over unchecked: {foreign} event(s) in {foreignStreams} stream(s) of other applications, {system} record(s) of the server itself and {links} link event(s).",
    id: 'Bukan milik Binaan, dilewati tanpa diperiksa: {foreign} event dalam {foreignStreams} stream aplikasi lain, {system} catatan milik server sendiri dan {links} event tautan.',
  },
  auditNotChecked: { en: 'Audit log: not checked ({reason}).', id: 'Jejak audit: tidak diperiksa ({reason}).' },
  auditChecked: {
    en: 'Audit log: {compared} event(s) compared with the hash recorded when first projected; {through}.{pending}',
    id: 'Jejak audit: {compared} event dibandingkan dengan hash yang dicatat saat pertama kali diproyeksikan; {through}.{pending}',
  },
  auditEmpty: { en: 'the audit log is empty', id: 'jejak audit kosong' },
  auditCovers: { en: 'it covers positions up to {position}', id: 'jejak audit mencakup posisi sampai {position}' },
  auditPending: {
    en: ' {count} later event(s) are not projected yet: only their chains vouch for them.',
    id: ' {count} event sesudahnya belum diproyeksikan: hanya rantainya yang menjaminnya.',
  },
  anchorNone: {
    en: 'Anchor: none given (binaan verify --anchor FILE compares with heads kept outside the store).',
    id: 'Anchor: tidak diberikan (binaan verify --anchor FILE membandingkan dengan kepala stream yang disimpan di luar penyimpanan).',
  },
  anchorFound: {
    en: 'Anchor: {found}/{streams} anchored stream heads found unchanged or reported below (anchor of {createdAt}, Merkle root {merkleRoot}).',
    id: 'Anchor: {found}/{streams} kepala stream ber-anchor ditemukan tidak berubah atau dilaporkan di bawah (anchor tanggal {createdAt}, Merkle root {merkleRoot}).',
  },
  positionsNotChecked: {
    en: 'Positions: not checked (EventStoreDB positions are log offsets, not a count of events).',
    id: 'Posisi: tidak diperiksa (posisi EventStoreDB adalah offset log, bukan hitungan event).',
  },
  positionsNoHole: {
    en: 'Positions: no hole from 1 to {last}, and neither the sequence counter nor a projection checkpoint points past the last event.',
    id: 'Posisi: tidak ada lubang dari 1 sampai {last}, dan baik penghitung urutan maupun checkpoint proyeksi tidak menunjuk melewati event terakhir.',
  },
  positionsHoles: {
    en: 'Positions: {count} hole(s) where events were deleted:\n{gaps}',
    id: 'Posisi: {count} lubang tempat event dihapus:\n{gaps}',
  },
  limitsWithoutAnchor: {
    en:
      'Not visible without an anchor: events deleted from the end of the store together with their audit-log rows, with the ' +
      'sequence counter and the projection checkpoints set back to match; a stream deleted and its later events renumbered to close ' +
      'the holes; a store replaced by a consistent one. An anchor kept outside the store (binaan anchor) shows each of these.',
    id:
      'Tidak terlihat tanpa anchor: event yang dihapus dari ujung penyimpanan beserta baris jejak auditnya, dengan penghitung urutan ' +
      'dan checkpoint proyeksi dimundurkan agar cocok; stream yang dihapus dan event sesudahnya dinomori ulang untuk menutup lubang; ' +
      'penyimpanan yang diganti dengan penyimpanan lain yang konsisten. Anchor yang disimpan di luar penyimpanan (binaan anchor) menunjukkan semua ini.',
  },
  limitsWithAnchor: {
    en: 'Not visible even with this anchor: anything recorded after the anchor was written and then deleted or rewritten as a whole.',
    id: 'Tidak terlihat bahkan dengan anchor ini: apa pun yang dicatat setelah anchor ditulis lalu dihapus atau ditulis ulang seluruhnya.',
  },
  resultClean: { en: 'Result: CLEAN. No break found.{chainsAlone}', id: 'Hasil: CLEAN (bersih). Tidak ditemukan kerusakan.{chainsAlone}' },
  chainsAlone: {
    en: ' This rests on the hash chains alone: with no audit log and no anchor, a stream rewritten with every hash recomputed would not show.',
    id: ' Ini hanya bersandar pada rantai hash: tanpa jejak audit dan tanpa anchor, stream yang ditulis ulang dengan setiap hash dihitung ulang tidak akan terlihat.',
  },
  resultDeleted: {
    en: 'Result: TAMPERING FOUND. Events were deleted (see Positions above).',
    id: 'Hasil: TAMPERING FOUND (ada perubahan tidak sah). Event telah dihapus (lihat Posisi di atas).',
  },
  resultBreaks: {
    en: 'Result: TAMPERING FOUND. {count} break(s):',
    id: 'Hasil: TAMPERING FOUND (ada perubahan tidak sah). {count} kerusakan:',
  },
} as const satisfies Readonly<Record<string, Message>>;

export type VerifyReportLine = keyof typeof verifyReport;
