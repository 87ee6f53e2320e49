import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
import { ParticipantId } from '../ids/uuid-ids';
import { ReleaseType } from '../vocabulary/release-type';

/** Carries no personal data, so input and sealed forms are the same. */
export const RecordRelease = struct(
  'RecordRelease',
  'reject',
  {
    type: t.literal('RecordRelease'),
    participantId: ParticipantId,
    releaseType: ReleaseType,
    releasedOn: LocalDate,
  },
  { supervisionEndsOn: LocalDate },
);
export type RecordRelease = t.TypeOf<typeof RecordRelease>;
