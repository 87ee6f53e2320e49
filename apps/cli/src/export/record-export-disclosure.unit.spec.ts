import type { ParticipantId } from '@binaan/domain';
import type { Disclosure } from '@binaan/command-handling';
import { EXPORT_PURPOSE, IDS_PER_RECORD, recordExportDisclosure } from './record-export-disclosure';

const ids = (count: number): readonly ParticipantId[] =>
  Array.from({ length: count }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}` as ParticipantId);

describe('recording the disclosure of an export', () => {
  const actor = { id: 'auditor-1', role: 'admin' } as const;
  const recorded = async (shown: readonly ParticipantId[]) => {
    const records: Disclosure[] = [];
    await recordExportDisclosure(async (disclosure) => void records.push(disclosure), actor, shown);
    return records;
  };

  it('records nothing when no one was shown', async () => {
    expect(await recorded([])).toEqual([]);
  });

  it('names every participant once, in records small enough to store', async () => {
    const shown = ids(2 * IDS_PER_RECORD + 1);
    const records = await recorded(shown);
    expect(records.map((record) => record.participantIds.length)).toEqual([IDS_PER_RECORD, IDS_PER_RECORD, 1]);
    expect(records.flatMap((record) => record.participantIds)).toEqual(shown);
    expect(records.every((record) => record.purpose === EXPORT_PURPOSE && record.actor === actor)).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(records[0]))).toBeLessThan(1_048_576 / 4);
  });
});
