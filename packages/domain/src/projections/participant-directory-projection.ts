import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { directoryEntry, type OpenPersonalData } from './participant-directory';
import { participantEventView } from './participant-event-view';
import type { RowProjection, RowWrite } from './row-projection';

/** The `participant_directory` projection; it needs the vault's `openPersonalData`. */
export const participantDirectoryProjection = (openPersonalData: OpenPersonalData): RowProjection => {
  const entryOf = directoryEntry(openPersonalData);
  return {
    name: 'participant_directory',
    tables: ['participant_directory'],
    reads: () => [],
    apply: (event) =>
      event.type !== 'InmateEnrolled'
        ? E.right([])
        : pipe(
            participantEventView(event),
            E.chain((view) =>
              view === null || view.type !== 'InmateEnrolled'
                ? E.right<string, readonly RowWrite[]>([])
                : pipe(
                    entryOf(view),
                    E.map((row): readonly RowWrite[] => [{ table: 'participant_directory', key: view.participantId, row }]),
                  ),
            ),
          ),
    aggregates: [],
  };
};
