import * as fc from 'fast-check';
import { v5 as uuidV5 } from 'uuid';
import { BINAAN_EVENT_ID_NAMESPACE, eventIdFor } from './event-ids';

describe('eventIdFor', () => {
  it('is the v5 UUID of "commandId/streamName/index" in the Binaan namespace (ids already stored must not change)', () => {
    expect(eventIdFor('0F8FAD5B-D9CB-469F-A165-70867728950E', 'participant-7c9e6679-7425-40de-944b-e07fc1f90ae7', 0)).toBe(
      uuidV5('0f8fad5b-d9cb-469f-a165-70867728950e/participant-7c9e6679-7425-40de-944b-e07fc1f90ae7/0', BINAAN_EVENT_ID_NAMESPACE),
    );
  });

  it('gives the same id as the string form of the name for any command id, stream name (unicode too) and index', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string({ unit: 'grapheme', minLength: 1 }), fc.nat(20), (commandId, streamName, index) => {
        expect(eventIdFor(commandId, streamName, index)).toBe(uuidV5(`${commandId.toLowerCase()}/${streamName}/${index}`, BINAAN_EVENT_ID_NAMESPACE));
      }),
      { numRuns: 500 },
    );
  });
});
