import * as t from 'io-ts';
import { struct } from '../codecs/struct';
import { LocalDate } from '../dates/local-date';
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
  { supervisionEndsOn: LocalDate },
);
export type InmateReleasedData = t.TypeOf<typeof InmateReleasedData>;

export const InmateReleased = struct('InmateReleased', 'strip', {
  type: t.literal('InmateReleased'),
  data: InmateReleasedData,
});
export type InmateReleased = t.TypeOf<typeof InmateReleased>;
