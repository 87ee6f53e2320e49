/** What `npm start` and `binaan demo` seed when nothing else is asked for: the same programme in both. */
export const DEFAULT_DEMO_PARTICIPANTS = 300;
export const DEFAULT_DEMO_SEED = 2019;

export const DEMO_PROGRAMME_ID = 'sulam-malang-2019';

/** The women's prison the programme began in, and the men's prison it was rolled out to. */
export const DEMO_FACILITIES = {
  women: 'lapas-perempuan-malang',
  men: 'lapas-kelas-i-malang',
} as const;

/** The programme's modules in teaching order: sulam-lanjutan needs sulam-dasar, the rest stand alone. */
export const DEMO_MODULES = [
  'sulam-dasar',
  'sulam-lanjutan',
  'pengembangan-usaha',
  'pemasaran-penjualan',
  'pendanaan-usaha',
] as const;
export type DemoModuleId = (typeof DEMO_MODULES)[number];
