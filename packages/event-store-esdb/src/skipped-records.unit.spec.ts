import { createSkipLedger } from './skipped-records';

describe('createSkipLedger', () => {
  it('counts each record once by reason, and the distinct foreign streams', () => {
    const ledger = createSkipLedger();
    ledger.skipped('system', 10n, '$stats-1');
    ledger.skipped('foreign', 20n, 'orders-1');
    ledger.skipped('links', 30n, '$ce-orders');
    ledger.skipped('foreign', 40n, 'orders-1');
    ledger.skipped('foreign', 50n, 'orders-2');
    // A second read over the same records.
    ledger.skipped('system', 10n, '$stats-1');
    ledger.skipped('foreign', 20n, 'orders-1');
    ledger.skipped('foreign', 50n, 'orders-2');
    expect(ledger.counts()).toEqual({ system: 1, links: 1, foreign: 3, foreignStreams: 2 });
  });

  it('counts records of one reason that a filtered reader passed over after another reader went further on another reason', () => {
    const ledger = createSkipLedger();
    // A subscription the server filters sees the foreign event at 50 first; a full read then meets the system record at 10.
    ledger.skipped('foreign', 50n, 'orders-1');
    ledger.skipped('system', 10n, '$settings');
    expect(ledger.counts()).toMatchObject({ system: 1, foreign: 1 });
  });
});
