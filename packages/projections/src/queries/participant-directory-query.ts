import type { ParticipantDirectoryRow } from '../read-models/read-model-rows';
import { tableDefinitions } from '../schema/table-definitions';
import { normaliseRow } from '../runner/row-io';
import type { ReadModelStore } from '../store/read-model-store';
import { sortRows } from './sort-rows';

/** Names and registration numbers in clear: only for roles allowed to see personal data. Erased participants have no row. */
export const queryParticipantDirectory = async (
  readModels: ReadModelStore,
  filter: { readonly participantIds?: readonly string[] } = {},
): Promise<readonly ParticipantDirectoryRow[]> => {
  let select = readModels.db.selectFrom('participant_directory').selectAll();
  if (filter.participantIds !== undefined) {
    if (filter.participantIds.length === 0) return [];
    select = select.where('participant_id', 'in', [...filter.participantIds]);
  }
  const rows = (await select.execute()).map((raw) => normaliseRow(tableDefinitions.participant_directory, raw) as ParticipantDirectoryRow);
  return sortRows('participant_directory', rows);
};
