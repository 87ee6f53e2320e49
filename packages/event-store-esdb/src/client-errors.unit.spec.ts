import {
  AccessDeniedError,
  MaxAppendSizeExceededError,
  StreamDeletedError as ClientStreamDeletedError,
  StreamNotFoundError as ClientStreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
} from '@eventstore/db-client';
import { InvalidAppendError, StreamDeletedError, StreamNotFoundError, WrongExpectedVersionError } from '@binaan/event-store';
import { isTransientClientError, toPortError } from './client-errors';

const clientConflict = (expected: bigint | 'any' | 'no_stream' | 'stream_exists', current: bigint | 'no_stream') =>
  new ClientWrongExpectedVersionError(undefined, { streamName: 'ignored', expected, current });

describe('toPortError', () => {
  it('maps a conflict to WrongExpectedVersionError with the call’s stream and expected revision', () => {
    const error = toPortError(clientConflict(3n, 5n), { streamName: 'peserta-1', expectedRevision: 3n });
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(error).toMatchObject({ streamName: 'peserta-1', expected: 3n, actual: 5n });
  });

  it.each<[bigint, string]>([
    [-1n, 'no_stream'],
    [-2n, 'any'],
    [-4n, 'stream_exists'],
  ])('reads the trailer number %s of a Delete conflict as expected %s, and -1 as actual no_stream', (number, expected) => {
    const error = toPortError(clientConflict(number, -1n), { streamName: 'peserta-1' });
    expect(error).toMatchObject({ expected, actual: 'no_stream' });
  });

  it('names the stream the adapter asked for, not the trailer’s (possibly encoded) name', () => {
    const deleted = toPortError(ClientStreamDeletedError.fromStreamName('peserta-%C3%B1'), { streamName: 'peserta-ñ' });
    expect(deleted).toBeInstanceOf(StreamDeletedError);
    expect(deleted).toMatchObject({ streamName: 'peserta-ñ' });
    const missing = toPortError(new ClientStreamNotFoundError(undefined, 'x'), { streamName: 'peserta-2' });
    expect(missing).toBeInstanceOf(StreamNotFoundError);
    expect(missing).toMatchObject({ streamName: 'peserta-2' });
  });

  it('maps the server’s size refusal to InvalidAppendError on events', () => {
    const error = toPortError(MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576), { streamName: 'peserta-1' });
    expect(error).toBeInstanceOf(InvalidAppendError);
    expect(error).toMatchObject({ field: 'events' });
  });

  it('passes on what the port has no type for', () => {
    const unavailable = new UnavailableError();
    const plain = new Error('boom');
    expect(toPortError(unavailable, { streamName: 'peserta-1' })).toBe(unavailable);
    expect(toPortError(plain, { streamName: 'peserta-1' })).toBe(plain);
  });
});

describe('isTransientClientError', () => {
  it('holds for a lost connection and not for a refusal or a plain error', () => {
    expect(isTransientClientError(new UnavailableError())).toBe(true);
    expect(isTransientClientError(new AccessDeniedError())).toBe(false);
    expect(isTransientClientError(clientConflict(1n, 2n))).toBe(false);
    expect(isTransientClientError(new Error('boom'))).toBe(false);
  });
});
