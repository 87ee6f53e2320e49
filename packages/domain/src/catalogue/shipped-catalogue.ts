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
  ],
} as const;

const loaded = loadCatalogue(shippedCatalogueData);
if (E.isLeft(loaded)) {
  throw new Error(`The shipped catalogue is invalid: ${formatDecodeError(loaded.left)}`);
}

export const shippedCatalogue: Catalogue = loaded.right;
