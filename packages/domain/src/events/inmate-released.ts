import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { RegencyCode } from '../ids/regency-code';
import { EncryptedEnvelope } from '../personal-data/encrypted-envelope';
import { ParticipantId } from '../ids/uuid-ids';
import { ReleaseType } from '../vocabulary/release-type';

export const InmateReleasedData = struct(
  'InmateReleasedData',
  'strip',
  {
    schemaVersion: t.literal(1),
    participantId: ParticipantId,
    releaseType: ReleaseType,
    releasedOn: LocalDate,
  },
  {
    supervisionEndsOn: LocalDate,
    /** The kabupaten or kota she returns to, confirmed or changed at release. */
    homeRegency: RegencyCode,
    /** How to reach her after release, sealed. */
    personalData: EncryptedEnvelope,
  },
);
export type InmateReleasedData = t.TypeOf<typeof InmateReleasedData>;

export const InmateReleased = struct('InmateReleased', 'strip', {
  type: t.literal('InmateReleased'),
  data: InmateReleasedData,
});
export type InmateReleased = t.TypeOf<typeof InmateReleased>;
