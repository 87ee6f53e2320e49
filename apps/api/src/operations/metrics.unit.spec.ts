import { createApiMetrics } from './metrics';

describe('binaan_event_store_skipped_records', () => {
  it('reports what the event store passed over, by reason, at scrape time', async () => {
    let skipped = { system: 8, links: 11, foreign: 10 };
    const metrics = createApiMetrics(
      async () => [],
      async () => skipped,
    );
    const first = await metrics.registry.metrics();
    expect(first).toMatch(/binaan_event_store_skipped_records\{reason="system"\} 8/);
    expect(first).toMatch(/binaan_event_store_skipped_records\{reason="links"\} 11/);
    expect(first).toMatch(/binaan_event_store_skipped_records\{reason="foreign"\} 10/);
    skipped = { system: 9, links: 11, foreign: 12 };
    expect(await metrics.registry.metrics()).toMatch(/binaan_event_store_skipped_records\{reason="foreign"\} 12/);
  });

  it('has no series for a store that holds only Binaan events (SQLite)', async () => {
    const metrics = createApiMetrics(
      async () => [],
      async () => null,
    );
    expect(await metrics.registry.metrics()).not.toMatch(/binaan_event_store_skipped_records\{/);
  });
});
