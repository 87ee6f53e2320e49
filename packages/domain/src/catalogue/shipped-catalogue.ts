import * as E from 'fp-ts/Either';
import { formatDecodeError } from '../decoding/decode-error';
import { Catalogue } from './catalogue-codecs';
import { loadCatalogue } from './load-catalogue';

/** The catalogue as data, exactly as it would arrive from a file: it goes through `loadCatalogue` like any other. */
export const shippedCatalogueData = {
  programmes: [
    {
      id: 'sulam-malang-2019',
      curriculumVersion: 1,
      title: 'Pelatihan Sulam dan Kewirausahaan Warga Binaan Lapas Perempuan Malang 2019',
      regency: '3507',
      offeredAt: ['lapas-perempuan-malang', 'lapas-kelas-i-malang', 'lapas-perempuan-surabaya'],
      providers: [{ id: 'lpk-mitra-disnaker-malang', name: 'LPK mitra Disnaker Kabupaten Malang' }],
      modules: [
        { id: 'sulam-dasar', title: 'Sulam Dasar', hours: 80, required: true, prerequisites: [] },
        { id: 'sulam-lanjutan', title: 'Sulam Lanjutan', hours: 80, required: true, prerequisites: ['sulam-dasar'] },
        { id: 'pengembangan-usaha', title: 'Pengembangan Usaha', hours: 40, required: true, prerequisites: [] },
        { id: 'pemasaran-penjualan', title: 'Pemasaran dan Penjualan', hours: 32, required: true, prerequisites: [] },
        { id: 'pendanaan-usaha', title: 'Pendanaan Usaha', hours: 24, required: true, prerequisites: [] },
      ],
    },
  ],
  facilities: [
    { id: 'lapas-perempuan-malang', name: 'Lapas Perempuan Kelas IIA Malang', class: 'IIA', region: 'Jawa Timur' },
    { id: 'lapas-kelas-i-malang', name: 'Lapas Kelas I Malang', class: 'I', region: 'Jawa Timur' },
    { id: 'lapas-perempuan-surabaya', name: 'Lapas Perempuan Kelas IIA Surabaya', class: 'IIA', region: 'Jawa Timur' },
  ],
  // The kabupaten and kota of Jawa Timur (BPS codes): where the women of these units return to.
  regencies: [
    { code: '3501', name: 'Kabupaten Pacitan' },
    { code: '3502', name: 'Kabupaten Ponorogo' },
    { code: '3503', name: 'Kabupaten Trenggalek' },
    { code: '3504', name: 'Kabupaten Tulungagung' },
    { code: '3505', name: 'Kabupaten Blitar' },
    { code: '3506', name: 'Kabupaten Kediri' },
    { code: '3507', name: 'Kabupaten Malang' },
    { code: '3508', name: 'Kabupaten Lumajang' },
    { code: '3509', name: 'Kabupaten Jember' },
    { code: '3510', name: 'Kabupaten Banyuwangi' },
    { code: '3511', name: 'Kabupaten Bondowoso' },
    { code: '3512', name: 'Kabupaten Situbondo' },
    { code: '3513', name: 'Kabupaten Probolinggo' },
    { code: '3514', name: 'Kabupaten Pasuruan' },
    { code: '3515', name: 'Kabupaten Sidoarjo' },
    { code: '3516', name: 'Kabupaten Mojokerto' },
    { code: '3517', name: 'Kabupaten Jombang' },
    { code: '3518', name: 'Kabupaten Nganjuk' },
    { code: '3519', name: 'Kabupaten Madiun' },
    { code: '3520', name: 'Kabupaten Magetan' },
    { code: '3521', name: 'Kabupaten Ngawi' },
    { code: '3522', name: 'Kabupaten Bojonegoro' },
    { code: '3523', name: 'Kabupaten Tuban' },
    { code: '3524', name: 'Kabupaten Lamongan' },
    { code: '3525', name: 'Kabupaten Gresik' },
    { code: '3526', name: 'Kabupaten Bangkalan' },
    { code: '3527', name: 'Kabupaten Sampang' },
    { code: '3528', name: 'Kabupaten Pamekasan' },
    { code: '3529', name: 'Kabupaten Sumenep' },
    { code: '3571', name: 'Kota Kediri' },
    { code: '3572', name: 'Kota Blitar' },
    { code: '3573', name: 'Kota Malang' },
    { code: '3574', name: 'Kota Probolinggo' },
    { code: '3575', name: 'Kota Pasuruan' },
    { code: '3576', name: 'Kota Mojokerto' },
    { code: '3577', name: 'Kota Madiun' },
    { code: '3578', name: 'Kota Surabaya' },
    { code: '3579', name: 'Kota Batu' },
  ],
} as const;

const loaded = loadCatalogue(shippedCatalogueData);
if (E.isLeft(loaded)) {
  throw new Error(`The shipped catalogue is invalid: ${formatDecodeError(loaded.left)}`);
}

export const shippedCatalogue: Catalogue = loaded.right;
