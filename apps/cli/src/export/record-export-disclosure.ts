import type { Actor, ParticipantId } from '@binaan/domain';
import type { RecordDisclosure } from '@binaan/command-handling';

/** How the access log names this disclosure. */
export const EXPORT_PURPOSE = 'binaan export --include-personal';

/**
 * Participant ids per disclosure record: an event may hold at most 1 MiB, and a store of many
 * thousand participants would otherwise not fit in one. 5,000 ids take about 200 KB.
 */
export const IDS_PER_RECORD = 5_000;

/** Records that an export showed these participants' personal data, in as many records as their number needs. */
export const recordExportDisclosure = async (record: RecordDisclosure, actor: Actor, shown: readonly ParticipantId[]): Promise<void> => {
  for (let start = 0; start < shown.length; start += IDS_PER_RECORD) {
    await record({ actor, participantIds: shown.slice(start, start + IDS_PER_RECORD), purpose: EXPORT_PURPOSE });
  }
};
