import type { DisclosureRecord } from '@binaan/command-handling';
import { toJson } from '../output/json';
import { renderTable } from '../output/table';

/** A table cell for the participants shown: the ids themselves when few, else how many and the first. */
const participantsCell = (ids: readonly string[]): string =>
  ids.length <= 2 ? ids.join(' ') : `${ids.length} participants (${ids[0] ?? ''} …)`;

export const renderAccessLogTable = (entries: readonly DisclosureRecord[]): string => {
  if (entries.length === 0) return 'No disclosure of personal data is recorded that matches.\n';
  const table = renderTable(
    ['recorded at (UTC)', 'actor', 'role', 'participants', 'purpose'],
    entries.map((entry) => [entry.recordedAt, entry.actor?.id, entry.actor?.role, participantsCell(entry.participantIds), entry.purpose]),
  );
  return `${table}${entries.length} disclosure(s). Every participant id of each: --json\n`;
};

export const renderAccessLogJson = (entries: readonly DisclosureRecord[]): string =>
  toJson(
    entries.map((entry) => ({
      recordedAt: entry.recordedAt,
      day: entry.day,
      actor: entry.actor,
      participantIds: entry.participantIds,
      purpose: entry.purpose,
      streamName: entry.streamName,
      revision: entry.revision,
      position: entry.position,
    })),
  ) + '\n';
