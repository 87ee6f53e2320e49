import { sealedPersonalDataOf } from '../read-models/participant-directory/participant-directory';
import type { OpenSealedPersonalData } from '../read-models/participant-directory/personal-data-opening';
import type { ParticipantDirectoryRow } from '../read-models/read-model-rows';
import { tableDefinitions } from '../schema/table-definitions';
import { normaliseRow } from '../runner/row-io';
import type { ReadModelStore } from '../store/read-model-store';
import { sortRows } from './sort-rows';

/** The directory rows as stored: sealed copies, no name in clear. Erased participants have no row. */
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

/** A participant's name and registration number, opened; or that they were erased. */
export type OpenedDirectoryEntry =
  | { readonly participantId: string; readonly status: 'ok'; readonly fullName: string; readonly registrationNumber: string }
  | { readonly participantId: string; readonly status: 'erased' };

const textField = (data: { readonly [field: string]: unknown }, field: string): string | undefined =>
  typeof data[field] === 'string' ? data[field] : undefined;

/**
 * Opens one directory row: the enrolment's copy, then each correction's over it, field by field. A
 * deleted data key reads as erased; any other failure throws, naming the participant and the status
 * (never the data), so a gap is never silent.
 */
export const openDirectoryRow = async (row: ParticipantDirectoryRow, open: OpenSealedPersonalData): Promise<OpenedDirectoryEntry> => {
  let merged: { readonly [field: string]: unknown } = {};
  for (const copy of sealedPersonalDataOf(row)) {
    const opening = await open(copy.envelope, copy.eventType);
    if (opening.status === 'erased') return { participantId: row.participant_id, status: 'erased' };
    if (opening.status !== 'ok' || !('data' in opening) || typeof opening.data !== 'object' || opening.data === null) {
      throw new Error(`personal data of participant ${row.participant_id} could not be opened: ${opening.status}`);
    }
    merged = { ...merged, ...(opening.data as { readonly [field: string]: unknown }) };
  }
  const fullName = textField(merged, 'fullName');
  const registrationNumber = textField(merged, 'registrationNumber');
  if (fullName === undefined || registrationNumber === undefined) {
    throw new Error(`personal data of participant ${row.participant_id}: fullName and registrationNumber must be text`);
  }
  return { participantId: row.participant_id, status: 'ok', fullName, registrationNumber };
};

/** Names for roles allowed to see them, opened on read: the read-model database itself holds none. */
export const openParticipantDirectory = async (
  readModels: ReadModelStore,
  participantIds: readonly string[],
  open: OpenSealedPersonalData,
): Promise<readonly OpenedDirectoryEntry[]> => {
  const rows = await queryParticipantDirectory(readModels, { participantIds });
  const opened: OpenedDirectoryEntry[] = [];
  for (const row of rows) opened.push(await openDirectoryRow(row, open));
  return opened;
};
