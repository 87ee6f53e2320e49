import * as t from 'io-ts';
import { boundedString } from '../codecs/bounded-string';
import { struct } from '../codecs/struct';

/** A case worker's free-text notes, in clear; sealed before `decide` sees them. */
export const FollowUpPersonalData = struct('FollowUpPersonalData', 'reject', {
  notes: boundedString('Notes', 1, 4000, { multiline: true }),
});
export type FollowUpPersonalData = t.TypeOf<typeof FollowUpPersonalData>;
