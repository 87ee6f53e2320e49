import * as t from 'io-ts';
import { oneOf } from '../codecs/one-of';

export const releaseTypes = [
  'bebas_murni',
  'pembebasan_bersyarat',
  'cuti_bersyarat',
  'cuti_menjelang_bebas',
  'asimilasi',
  'bebas_demi_hukum',
] as const;
export const ReleaseType = oneOf('ReleaseType', releaseTypes);
export type ReleaseType = t.TypeOf<typeof ReleaseType>;
