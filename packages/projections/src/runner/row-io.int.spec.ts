import type { FollowUpWorklistRow, Row } from '../read-models/read-model-rows';
import { storesUnderTest } from '../fixtures/read-model-stores.fixture';
import { physicalTables } from '../schema/database';
import { createPhysicalTables } from '../schema/physical-tables';
import type { ReadModelStore } from '../store/read-model-store';
import { createRowIo, rowKey } from './row-io';
import { tableDefinitions } from '../schema/table-definitions';

const worklistRow = (index: number): FollowUpWorklistRow => ({
  participant_id: `p-${String(index).padStart(4, '0')}`,
  milestone: ['M1', 'M3', 'M6', 'M12'][index % 4]!,
  programme_id: 'sulam-malang-2019',
  facility_id: 'lapas-perempuan-malang',
  current_facility_id: index % 5 === 0 ? 'lapas-kelas-i-malang' : 'lapas-perempuan-malang',
  home_regency: index % 2 === 0 ? '3507' : null,
  released_on: '2019-07-20',
  due_on: '2019-08-20',
  window_opens_on: '2019-08-05',
  window_closes_on: '2019-09-04',
  attempts: index % 3,
  reached_on: index % 2 === 0 ? null : '2019-08-21',
  listed_from: index % 2 === 0 ? '2019-08-05' : null,
  listed_until: index % 2 === 0 && index % 4 !== 3 ? '2019-10-05' : null,
});

const keyOf = (row: Row): string => rowKey(tableDefinitions.follow_up_worklist, row);

describe.each(storesUnderTest)('row io on $name', ({ open }) => {
  let readModels: ReadModelStore;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ store: readModels, dispose } = await open('rowio'));
    await createPhysicalTables(readModels.db, readModels.dialect, ['follow_up_worklist'], 1, { indexes: false });
  });

  afterEach(() => dispose());

  // 700 keys take statements of 500, 128, 64 and 8 rows: several shapes, each compiled once and reused.
  it('loads and removes rows of a two-column key by key, in statements of several shapes, twice over', async () => {
    const io = createRowIo(readModels.dialect, readModels);
    const db = physicalTables(readModels.db);
    const rows = Array.from({ length: 700 }, (_, index) => worklistRow(index));
    await io.upsert(db, 'follow_up_worklist', 1, rows);
    for (let round = 0; round < 2; round += 1) {
      const absent = ['p-9999|M1', `${rows[0]!.participant_id}|M12`];
      const loaded = await io.load(db, 'follow_up_worklist', 1, [...rows.map(keyOf), ...absent]);
      expect(loaded.size).toBe(rows.length);
      expect(rows.every((row) => JSON.stringify(loaded.get(keyOf(row))) === JSON.stringify(row))).toBe(true);
    }
    const removed = rows.slice(0, 300).map(keyOf);
    await io.remove(db, 'follow_up_worklist', 1, removed);
    const left = await io.load(db, 'follow_up_worklist', 1, rows.map(keyOf));
    expect([...left.keys()].sort()).toEqual(rows.slice(300).map(keyOf).sort());
  });
});
