import type * as t from 'io-ts';
import { boundedString } from '../codecs/bounded-string';
import { struct } from '../codecs/struct';

/** A staff member's free-text note on a correction or an exit, in clear; sealed before `decide` sees it. */
export const NotePersonalData = struct('NotePersonalData', 'reject', {
  note: boundedString('Note', 1, 2000, { multiline: true }),
});
export type NotePersonalData = t.TypeOf<typeof NotePersonalData>;
