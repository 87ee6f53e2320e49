import { commandIdFrom, correlationIdFrom, etagFor, expectedRevisionFrom } from './command-headers';
import { ProblemException } from './problem.exception';

const codeOf = (run: () => unknown): string => {
  try {
    run();
    return 'none';
  } catch (error) {
    return error instanceof ProblemException ? error.problem.code : 'not a problem';
  }
};

describe('command headers', () => {
  it('takes the Idempotency-Key as the command id, in lower case', () => {
    expect(commandIdFrom('7D0B6A8E-1C2F-4E3A-9B5D-6F7E8A9B0C1D')).toEqual({ commandId: '7d0b6a8e-1c2f-4e3a-9b5d-6f7e8a9b0c1d', fromClient: true });
  });

  it('makes a fresh command id when no key is sent', () => {
    const first = commandIdFrom(undefined);
    expect(first.fromClient).toBe(false);
    expect(first.commandId).not.toBe(commandIdFrom(undefined).commandId);
  });

  it.each(['', 'abc', '7d0b6a8e1c2f4e3a9b5d6f7e8a9b0c1d', '7d0b6a8e-1c2f-4e3a-9b5d-6f7e8a9b0c1d-x'])('refuses the key %j', (key) => {
    expect(codeOf(() => commandIdFrom(key))).toBe('INVALID_IDEMPOTENCY_KEY');
  });

  it('reads If-Match as the quoted revision an ETag gave', () => {
    expect(expectedRevisionFrom(etagFor(12n))).toBe(12n);
    expect(expectedRevisionFrom('3')).toBe(3n);
    expect(expectedRevisionFrom(undefined)).toBeUndefined();
  });

  it.each(['W/"3"', '"-1"', '"3", "4"', '*', '"abc"'])('refuses If-Match %j', (value) => {
    expect(codeOf(() => expectedRevisionFrom(value))).toBe('INVALID_IF_MATCH');
  });

  it('accepts a UUID correlation id and refuses anything else', () => {
    expect(correlationIdFrom('7d0b6a8e-1c2f-4e3a-9b5d-6f7e8a9b0c1d')).toBe('7d0b6a8e-1c2f-4e3a-9b5d-6f7e8a9b0c1d');
    expect(codeOf(() => correlationIdFrom('batch-7'))).toBe('INVALID_CORRELATION_ID');
  });
});
