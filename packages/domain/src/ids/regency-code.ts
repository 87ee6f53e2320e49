import type * as t from 'io-ts';
import { refinedString } from '../codecs/refined-string';

interface RegencyCodeBrand {
  readonly RegencyCode: unique symbol;
}

/** A kabupaten or kota by its four-digit BPS code (province, then regency): 3507 is Kabupaten Malang. */
export type RegencyCode = string & RegencyCodeBrand;

export const RegencyCode: t.Type<RegencyCode, string, unknown> = refinedString<RegencyCode>('RegencyCode', (candidate) =>
  /^[1-9][0-9]{3}$/.test(candidate) ? undefined : 'must be a four-digit BPS regency code',
);
