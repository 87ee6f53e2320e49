/** Synthetic case-worker notes: no names, no places that point to a person. */
export const FOLLOW_UP_NOTES = [
  'Usaha sulam berjalan, pesanan dari tetangga dan arisan.',
  'Butuh modal untuk membeli benang dan kain.',
  'Sedang mencari pekerjaan, sudah melamar ke konveksi.',
  'Keluarga mendukung, ingin ikut pelatihan lanjutan.',
  'Menjual hasil sulaman lewat media sosial.',
  'Belum bekerja, mengurus anak di rumah.',
  'Bekerja di warung makan milik saudara.',
  'Perlu bantuan mengurus dokumen kependudukan.',
  'Ikut kelompok usaha bersama di desa.',
  'Nomor telepon lama tidak aktif, dapat nomor baru dari keluarga.',
] as const;
