import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { InvalidAppendError, MAX_APPEND_BYTES, type EventSchema } from '../port';
import { validateAppend } from './validate-append';

const TYPE = 'Big';
const padding = (bytes: number) => 'x'.repeat(bytes - TYPE.length - '{"text":""}'.length - '{}'.length);

describe('validateAppend', () => {
  it('accepts an append of exactly MAX_APPEND_BYTES and refuses one byte more', () => {
    const exactly = [{ id: randomUUID(), type: TYPE, data: { text: padding(MAX_APPEND_BYTES) } }];
    expect(validateAppend('s', exactly, undefined).events).toHaveLength(1);
    const over = [{ id: randomUUID(), type: TYPE, data: { text: padding(MAX_APPEND_BYTES + 1) } }];
    expect(() => validateAppend('s', over, undefined)).toThrow(InvalidAppendError);
  });

  it('counts multi-byte characters as their UTF-8 bytes', () => {
    const text = '漢'.repeat(Math.ceil(MAX_APPEND_BYTES / 3));
    expect(() => validateAppend('s', [{ id: randomUUID(), type: TYPE, data: { text } }], undefined)).toThrow(
      expect.objectContaining({ field: 'events' }),
    );
  });

  it('lower-cases ids, serialises data and defaults metadata to {}', () => {
    const id = randomUUID().toUpperCase();
    const [event] = validateAppend('s', [{ id, type: 'T', data: { n: 1 } }], { expectedRevision: 3n }).events;
    expect(event).toEqual({ id: id.toLowerCase(), type: 'T', dataJson: '{"n":1}', metadataJson: '{}' });
  });

  it("passes each event to the schema and lets the schema's refusal through", () => {
    const schema: EventSchema = {
      check: (event) => {
        throw new InvalidAppendError('data.kode', `unknown module for ${event.type}`);
      },
      upcast: (event) => event,
    };
    expect(() => validateAppend('s', [{ id: randomUUID(), type: 'T', data: {} }], undefined, schema)).toThrow(
      expect.objectContaining({ field: 'data.kode' }),
    );
  });
});
