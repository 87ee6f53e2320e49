import type { ActualRevision, ExpectedRevision } from '@binaan/event-store';

/**
 * Append, Delete and Tombstone options (and BatchAppend's) share the oneof's field numbers:
 * 2 revision, 3 no_stream, 4 any, 5 stream_exists.
 */
const enum ExpectedCase {
  Revision = 2,
  NoStream = 3,
  Any = 4,
  StreamExists = 5,
}

export const expectedRevisionFromWire = (expectedCase: number, revision: string): ExpectedRevision => {
  switch (expectedCase) {
    case ExpectedCase.Revision:
      return BigInt(revision);
    case ExpectedCase.NoStream:
      return 'no_stream';
    case ExpectedCase.StreamExists:
      return 'stream_exists';
    default:
      return 'any';
  }
};

/** The numbers EventStoreDB puts in `expected-version` trailers: -2 any, -1 no_stream, -4 stream_exists. */
export const expectedVersionNumber = (expected: ExpectedRevision): bigint => {
  switch (expected) {
    case 'any':
      return -2n;
    case 'no_stream':
      return -1n;
    case 'stream_exists':
      return -4n;
    default:
      return expected;
  }
};

/** `actual-version` is always a number: -1 for no stream. */
export const actualVersionNumber = (actual: ActualRevision): bigint => (actual === 'no_stream' ? -1n : actual);
