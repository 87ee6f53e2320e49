import type { SeededRandom } from '../random/seeded-random';

/*
 * Made-up people: given names and second names are drawn independently, so no list entry
 * stands for a real person.
 */
const womenGivenNames = [
  'Siti', 'Sri', 'Dewi', 'Rina', 'Wulan', 'Ayu', 'Indah', 'Lestari', 'Nur', 'Ratna', 'Endang', 'Kartika',
  'Putri', 'Fitri', 'Anisa', 'Suci', 'Mega', 'Dian', 'Eka', 'Tri', 'Yuni', 'Nining', 'Lilis', 'Tutik',
  'Sulastri', 'Winarti', 'Murni', 'Asih', 'Rukmini', 'Sekar',
] as const;

const menGivenNames = [
  'Agus', 'Budi', 'Joko', 'Eko', 'Hadi', 'Wahyu', 'Slamet', 'Bambang', 'Dwi', 'Rudi', 'Hendra', 'Yusuf',
  'Arif', 'Bayu', 'Dimas', 'Fajar', 'Gilang', 'Imam', 'Kukuh', 'Lukman', 'Nanang', 'Prasetyo', 'Rizal', 'Sugeng',
] as const;

const womenSecondNames = [
  'Rahayu', 'Wahyuningsih', 'Handayani', 'Puspitasari', 'Kurniasih', 'Lestari', 'Wulandari', 'Susanti',
  'Suryani', 'Anggraini', 'Pratiwi', 'Maharani', 'Setyowati', 'Nurhayati', 'Rahmawati', 'Kusumawardani',
  'Ningrum', 'Hidayati', 'Safitri', 'Sulistyowati',
] as const;

const menSecondNames = [
  'Santoso', 'Wibowo', 'Saputra', 'Hidayat', 'Prasetya', 'Kurniawan', 'Setiawan', 'Nugroho', 'Susilo',
  'Wijaya', 'Purnomo', 'Firmansyah', 'Hartono', 'Gunawan', 'Supriyadi', 'Sutrisno',
] as const;

export type Sex = 'female' | 'male';

export const madeUpFullName = (random: SeededRandom, sex: Sex): string =>
  sex === 'female'
    ? `${random.pick(womenGivenNames)} ${random.pick(womenSecondNames)}`
    : `${random.pick(menGivenNames)} ${random.pick(menSecondNames)}`;
