import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { participantEventOf } from '../projection-event';
import type { RowProjection, RowWrite } from '../row-projection';
import { directoryEntry, type OpenPersonalData } from './participant-directory';

/** The `participant_directory` projection; it needs the vault's `openPersonalData`. */
export const participantDirectoryProjection = (openPersonalData: OpenPersonalData): RowProjection => {
  const entryOf = directoryEntry(openPersonalData);
  return {
    name: 'participant_directory',
    tables: ['participant_directory'],
    reads: () => [],
    apply: (event) => {
      // An erasure takes her name out at once; the data key is deleted by command handling as well.
      if (event.type === 'PersonalDataErased' && typeof event.data['participantId'] === 'string') {
        return E.right([{ table: 'participant_directory', key: event.data['participantId'], row: null }]);
      }
      if (event.type !== 'InmateEnrolled') return E.right([]);
      const read = participantEventOf(event);
      if (E.isLeft(read)) return read;
      const enrolment = read.right;
      if (enrolment === null || enrolment.type !== 'InmateEnrolled') return E.right([]);
      return pipe(
        entryOf(enrolment),
        E.map((row): readonly RowWrite[] => [{ table: 'participant_directory', key: enrolment.data.participantId, row }]),
      );
    },
    aggregates: [],
  };
};
