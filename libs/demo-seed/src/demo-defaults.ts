/** What `npm start` and `binaan demo` seed when nothing else is asked for: the same programme in both. */
export const DEFAULT_DEMO_PARTICIPANTS = 300;
export const DEFAULT_DEMO_SEED = 2019;

export const DEMO_PROGRAMME_ID = 'sulam-malang-2019';

/**
 * The women's prison the programme began in, the men's prison it was rolled out to, and the women's
 * prison some participants are transferred to (pemindahan), where the programme also runs.
 */
export const DEMO_FACILITIES = {
  women: 'lapas-perempuan-malang',
  men: 'lapas-kelas-i-malang',
  womenTransferredTo: 'lapas-perempuan-surabaya',
} as const;

/** Where the made-up participants go home to: most to Malang and its neighbours (BPS codes). */
export const DEMO_HOME_REGENCIES: readonly (readonly [string, number])[] = [
  ['3507', 40],
  ['3573', 18],
  ['3579', 6],
  ['3505', 5],
  ['3506', 5],
  ['3514', 5],
  ['3508', 4],
  ['3513', 4],
  ['3515', 4],
  ['3578', 6],
  ['3509', 3],
];

/** The programme's modules in teaching order: sulam-lanjutan needs sulam-dasar, the rest stand alone. */
export const DEMO_MODULES = [
  'sulam-dasar',
  'sulam-lanjutan',
  'pengembangan-usaha',
  'pemasaran-penjualan',
  'pendanaan-usaha',
] as const;
export type DemoModuleId = (typeof DEMO_MODULES)[number];
