import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import { encodeParticipantEvent, ParticipantEvent, upcastEvent } from '@binaan/domain';
import { arbParticipantEvent } from '../arbitraries/event-arbitraries';

describe('event codecs (property)', () => {
  it('every event round-trips: encode, store as JSON, read back through upcastEvent', () => {
    fc.assert(
      fc.property(arbParticipantEvent(), (event) => {
        const stored = JSON.parse(JSON.stringify(encodeParticipantEvent(event)));
        expect(upcastEvent(stored.type, stored.data)).toEqual(E.right(event));
      }),
      { numRuns: 1000 },
    );
  });

  it('every event round-trips through the union codec', () => {
    fc.assert(
      fc.property(arbParticipantEvent(), (event) => {
        expect(ParticipantEvent.decode(ParticipantEvent.encode(event))).toEqual(E.right(event));
      }),
      { numRuns: 1000 },
    );
  });

  it('a ModuleCompleted stored as v1 reads as the v2 event with the same meaning', () => {
    fc.assert(
      fc.property(arbParticipantEvent().filter((event) => event.type === 'ModuleCompleted'), (event) => {
        if (event.type !== 'ModuleCompleted') {
          return;
        }
        const { result, ...rest } = event.data;
        const v1 = { ...rest, schemaVersion: 1, passed: result === 'competent' };
        expect(upcastEvent('ModuleCompleted', v1)).toEqual(E.right(event));
      }),
      { numRuns: 1000 },
    );
  });
});
