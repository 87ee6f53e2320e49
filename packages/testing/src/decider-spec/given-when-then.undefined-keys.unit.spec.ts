import { AssertionError } from 'node:assert';
import { enrollInmate } from '../fixtures/command-fixtures';
import { inmateEnrolled } from '../fixtures/event-fixtures';
import { given } from './given-when-then';

/**
 * An event field decided as `undefined` is a field the stored event should not have (its JSON would
 * differ): then() tells a missing key from a key present as undefined, which jest's toEqual does not.
 */
describe('given / when / then and undefined keys', () => {
  it('fails when the expected event has a key, even undefined, that the decided event lacks', () => {
    const expected = inmateEnrolled();
    const withUndefinedKey = { ...expected, data: { ...expected.data, homeRegency: undefined } };
    expect(() => given([]).when(enrollInmate()).then([withUndefinedKey])).toThrow(AssertionError);
  });

  it('passes when both events lack the key', () => {
    expect(() => given([]).when(enrollInmate()).then([inmateEnrolled()])).not.toThrow();
  });
});
