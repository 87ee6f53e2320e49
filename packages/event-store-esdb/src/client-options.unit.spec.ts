import fc from 'fast-check';
import { END, START } from '@eventstore/db-client';
import { BEYOND_LAST, planAllRead, planStreamRead } from '@binaan/event-store/adapter-kit';
import { toClientReadAllOptions, toClientReadPosition, toClientReadStreamOptions, toServerSideFilter } from './client-options';

describe('toClientReadPosition', () => {
  it("gives the client's constants back for the plans' start and end", () => {
    expect(toClientReadPosition(0n)).toBe(START);
    expect(toClientReadPosition(BEYOND_LAST)).toBe(END);
  });

  it('uses the commit position as the prepare position too', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }), (position) => {
        expect(toClientReadPosition(position)).toEqual({ commit: position, prepare: position });
      }),
      { numRuns: 50 },
    );
  });
});

describe('read options', () => {
  it('reads a stream backwards from the end by default, without a count unless one is given', () => {
    expect(toClientReadStreamOptions(planStreamRead({ direction: 'backwards' }))).toEqual({ direction: 'backwards', fromRevision: END });
    expect(toClientReadStreamOptions(planStreamRead({ fromRevision: 3n, maxCount: 2 }))).toEqual({
      direction: 'forwards',
      fromRevision: 3n,
      maxCount: 2n,
    });
  });

  it('never sends maxCount for $all, whose system events are dropped on this side', () => {
    expect(toClientReadAllOptions(planAllRead({ maxCount: 5, fromPosition: 7n }))).toEqual({
      direction: 'forwards',
      fromPosition: { commit: 7n, prepare: 7n },
    });
  });
});

describe('toServerSideFilter', () => {
  it('sends stream prefixes when there are any, even with event types', () => {
    expect(toServerSideFilter({ streamPrefixes: ['peserta-'], eventTypes: ['Terdaftar'] })).toMatchObject({
      filterOn: 'streamName',
      prefixes: ['peserta-'],
    });
  });

  it('sends event types as prefixes when they are the only filter', () => {
    expect(toServerSideFilter({ eventTypes: ['Terdaftar'] })).toMatchObject({ filterOn: 'eventType', prefixes: ['Terdaftar'] });
  });

  it('without a filter asks for everything, so that what the adapter skips is seen and counted', () => {
    expect(toServerSideFilter(undefined)).toBeUndefined();
    expect(toServerSideFilter({ streamPrefixes: [], eventTypes: [] })).toBeUndefined();
  });
});
