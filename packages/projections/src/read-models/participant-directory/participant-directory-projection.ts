import * as E from 'fp-ts/Either';
import { metadataText, participantEventOf } from '../projection-event';
import type { ParticipantDirectoryRow } from '../read-model-rows';
import type { RowProjection } from '../row-projection';
import { directoryRowAfter } from './participant-directory';

const participantIdOf = (data: { readonly [field: string]: unknown }): string | undefined =>
  typeof data['participantId'] === 'string' ? data['participantId'] : undefined;

/** The `participant_directory` projection: sealed copies only, so it needs no key. */
export const participantDirectoryProjection: RowProjection = {
  name: 'participant_directory',
  tables: ['participant_directory'],
  reads: (event) => {
    const participantId = participantIdOf(event.data);
    return participantId === undefined ? [] : [{ table: 'participant_directory', key: participantId }];
  },
  apply: (event, lookup) => {
    const read = participantEventOf(event);
    if (E.isLeft(read)) return read;
    const participantEvent = read.right;
    if (participantEvent === null) return E.right([]);
    const key = participantEvent.data.participantId;
    const current = lookup({ table: 'participant_directory', key }) as ParticipantDirectoryRow | undefined;
    const next = directoryRowAfter(current, participantEvent, metadataText(event, 'eventId'));
    return E.right(next === undefined ? [] : [{ table: 'participant_directory', key, row: next }]);
  },
  aggregates: [],
  // Her row changes only for her participant events, all in her stream (an enrolment reservation naming
  // her loads the row but writes nothing).
  rowsFollowOneStream: true,
};
