import { createMemoryEventStore } from '@binaan/event-store';
import { createInMemoryReplay, defaultProjections, groupKeyOf, groupOfRow, type ProjectionEvent, type Row } from '@binaan/projections';
import { arbMultiParticipantHistory, fixtureToday } from '@binaan/testing';
import * as fc from 'fast-check';
import { appendHistory } from './support/recorded-history';

/*
 * The runner computes an aggregate a part of a group at a time (GroupAggregate.inParts), so it never
 * holds a whole group; `compute`, over all the group's rows at once, is the reference. This holds the
 * parts, cut anywhere and combined, to the reference, for every aggregate of the default projections.
 */
const projections = defaultProjections();
const aggregates = projections.flatMap((projection) => projection.aggregates);

const groupsOf = (rows: readonly Row[], columns: readonly string[]) => {
  const groups = new Map<string, { readonly group: Row; readonly rows: Row[] }>();
  for (const row of rows) {
    const key = groupKeyOf(columns, row);
    const entry = groups.get(key) ?? { group: groupOfRow(columns, row), rows: [] };
    entry.rows.push(row);
    groups.set(key, entry);
  }
  return [...groups.values()];
};

/** The rows cut into consecutive parts of the given sizes, used again and again until every row is in a part. */
const cut = (rows: readonly Row[], sizes: readonly number[]): readonly (readonly Row[])[] => {
  const parts: Row[][] = [];
  for (let start = 0, index = 0; start < rows.length; index += 1) {
    const size = sizes[index % sizes.length] ?? 1;
    parts.push(rows.slice(start, start + size));
    start += size;
  }
  return parts;
};

describe('aggregates computed in parts', () => {
  it('every aggregate of the default projections can be computed in parts', () => {
    expect(aggregates.filter((aggregate) => aggregate.inParts === undefined).map((aggregate) => aggregate.table)).toEqual([]);
  });

  it('equal the reference over the whole group, for any histories, reference date and cut', async () => {
    let groupsSeen = 0;
    await fc.assert(
      fc.asyncProperty(
        arbMultiParticipantHistory({ minParticipants: 2, maxParticipants: 10, maxSteps: 12, lifecycle: true }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('2019-06-30', fixtureToday, '2031-01-31'),
        async (history, sizes, referenceDate) => {
          const eventStore = createMemoryEventStore();
          await appendHistory(eventStore, history.interleaved);
          const replay = createInMemoryReplay(projections);
          for await (const event of eventStore.readAll()) replay.apply(event as ProjectionEvent);
          const tables = replay.result(referenceDate);
          await eventStore.close();
          for (const aggregate of aggregates) {
            const inParts = aggregate.inParts!;
            for (const { group, rows } of groupsOf(tables[aggregate.source] ?? [], aggregate.groupColumns)) {
              groupsSeen += 1;
              const parts = cut(rows, sizes).map((part) => inParts.part(group, part, referenceDate));
              const whole = parts.slice(1).reduce((sum, part) => inParts.combine(sum, part), parts[0]);
              expect(inParts.finish(group, whole, referenceDate)).toEqual(aggregate.compute(group, rows, referenceDate));
            }
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(groupsSeen).toBeGreaterThan(60);
  });
});
