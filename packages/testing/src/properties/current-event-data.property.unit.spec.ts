import * as fc from 'fast-check';
import * as E from 'fp-ts/Either';
import { currentSchemaVersions, encodeParticipantEvent, isCurrentEventData, upcastEvent, type ParticipantEventType } from '@binaan/domain';
import { arbParticipantEvent } from '../arbitraries/event-arbitraries';

type Data = Readonly<Record<string, unknown>>;

const acceptedByUpcast = (type: ParticipantEventType, data: Data): boolean =>
  E.isRight(upcastEvent(type, data)) && data['schemaVersion'] === currentSchemaVersions[type];

const storedEvent = arbParticipantEvent().map((event) => {
  const encoded = encodeParticipantEvent(event);
  return { type: encoded.type, data: JSON.parse(JSON.stringify(encoded.data)) as Data };
});

const oddValue = fc.oneof(
  fc.jsonValue(),
  fc.constant(undefined),
  fc.constantFrom(0, -1, 1.5, 2, '', '2019-02-30', '2019-13-01', 'competent', 'A256GCM', 'not base64!', null, [], {}),
);

const withMember = (object: Data, key: string, value: unknown): Data => ({ ...object, [key]: value });
const withoutMember = (object: Data, key: string): Data => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));

/** The payload with one member (at the top or one level down) replaced, removed or added. */
const mutated = (data: Data): fc.Arbitrary<Data> => {
  const keys = Object.keys(data);
  const objects = keys.filter((key) => typeof data[key] === 'object' && data[key] !== null && !Array.isArray(data[key]));
  const replace = fc.tuple(fc.constantFrom(...keys), oddValue).map(([key, value]) => withMember(data, key, value));
  const remove = fc.constantFrom(...keys).map((key) => withoutMember(data, key));
  const add = fc.tuple(fc.string({ minLength: 1 }), oddValue).map(([key, value]) => withMember(data, key, value));
  if (objects.length === 0) return fc.oneof(replace, remove, add);
  const inner = fc.constantFrom(...objects).chain((key) => {
    const object = data[key] as Data;
    const innerKeys = Object.keys(object);
    return fc.oneof(
      fc.tuple(fc.constantFrom(...innerKeys), oddValue).map(([innerKey, value]) => withMember(data, key, withMember(object, innerKey, value))),
      fc.constantFrom(...innerKeys).map((innerKey) => withMember(data, key, withoutMember(object, innerKey))),
    );
  });
  return fc.oneof(replace, remove, add, inner);
};

describe('isCurrentEventData (property)', () => {
  it('accepts every event the domain encodes', () => {
    fc.assert(
      fc.property(storedEvent, ({ type, data }) => {
        expect(isCurrentEventData(type, data)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('never accepts a payload that upcastEvent refuses or reads from an older version', () => {
    const cases = storedEvent.chain(({ type, data }) => mutated(data).map((payload) => ({ type, payload })));
    fc.assert(
      fc.property(cases, ({ type, payload }) => {
        if (isCurrentEventData(type, payload)) expect(acceptedByUpcast(type, payload)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('refuses a ModuleCompleted at schema version 1, which upcastEvent still reads', () => {
    const v1 = { schemaVersion: 1, participantId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', moduleId: 'sulam-dasar', passed: true, assessedOn: '2019-09-10' };
    expect(E.isRight(upcastEvent('ModuleCompleted', v1))).toBe(true);
    expect(isCurrentEventData('ModuleCompleted', v1)).toBe(false);
  });
});
