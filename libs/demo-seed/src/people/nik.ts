import type { SeededRandom } from '../random/seeded-random';
import type { Sex } from './names';

/**
 * Province code 99 is assigned to no province, so no generated NIK can be a real person's; the regency
 * and district numbers follow Kabupaten Malang (07, 33 kecamatan) and Kota Malang (73, 5 kecamatan).
 */
const regencies = [
  { code: '9907', districts: 33 },
  { code: '9973', districts: 5 },
] as const;

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/**
 * A synthetic NIK with the structure of a real one: province, regency, district,
 * birth date DDMMYY (day + 40 for women) and a serial.
 */
export const madeUpNik = (random: SeededRandom, sex: Sex, birthDate: string): string => {
  const regency = random.pick(regencies);
  const district = twoDigits(random.integer(1, regency.districts));
  const [year, month, day] = birthDate.split('-');
  const encodedDay = twoDigits(Number(day) + (sex === 'female' ? 40 : 0));
  const serial = String(random.integer(1, 9999)).padStart(4, '0');
  return `${regency.code}${district}${encodedDay}${month}${(year ?? '').slice(2)}${serial}`;
};
