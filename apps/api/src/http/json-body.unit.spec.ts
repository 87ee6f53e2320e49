import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { readJsonBody } from './json-body';
import { ProblemException } from './problem.exception';

const limits = { maxBytes: 64, maxDepth: 3 };

const requestOf = (body: Buffer | string, headers: Readonly<Record<string, string>> = { 'content-type': 'application/json' }): IncomingMessage =>
  Object.assign(Readable.from([Buffer.from(body)]), { headers }) as unknown as IncomingMessage;

const codeOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return error instanceof ProblemException ? `${error.problem.status} ${error.problem.code}` : 'not a problem';
  }
};

describe('readJsonBody', () => {
  it('parses a JSON object', async () => {
    await expect(readJsonBody(requestOf('{"a":[1,{"b":2}]}'), limits)).resolves.toEqual({ a: [1, { b: 2 }] });
  });

  it('keeps __proto__ as a plain own key, never as a prototype', async () => {
    const parsed = (await readJsonBody(requestOf('{"__proto__":{"polluted":true}}'), limits)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['a declared length over the limit', requestOf('{}', { 'content-type': 'application/json', 'content-length': '65' }), '413 PAYLOAD_TOO_LARGE'],
    ['a streamed body over the limit', requestOf(`{"a":"${'x'.repeat(80)}"}`), '413 PAYLOAD_TOO_LARGE'],
    ['a body that is not JSON', requestOf('name=x', { 'content-type': 'application/x-www-form-urlencoded' }), '415 UNSUPPORTED_MEDIA_TYPE'],
    ['no content type', requestOf('{}', {}), '415 UNSUPPORTED_MEDIA_TYPE'],
    ['invalid UTF-8', requestOf(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d])), '400 INVALID_UTF8'],
    ['malformed JSON', requestOf('{"a":'), '400 INVALID_JSON'],
    ['an empty body', requestOf('  '), '400 INVALID_JSON'],
    ['nesting deeper than allowed', requestOf('{"a":{"b":{"c":{}}}}'), '400 BODY_TOO_DEEP'],
  ])('refuses %s', async (_case, request, expected) => {
    expect(await codeOf(readJsonBody(request, limits))).toBe(expected);
  });

  it('refuses thousands of nested arrays without overflowing the stack', async () => {
    const deep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    expect(await codeOf(readJsonBody(requestOf(deep), { maxBytes: 64 * 1024, maxDepth: 16 }))).toBe('400 BODY_TOO_DEEP');
  });

  it('accepts a +json media type with a charset', async () => {
    await expect(readJsonBody(requestOf('[]', { 'content-type': 'application/merge-patch+json; charset=utf-8' }), limits)).resolves.toEqual([]);
  });
});
