import type { AllStreamResolvedEvent } from '@eventstore/db-client';
import { isSystemEvent, toClientEvent, toRecordedEvent } from './client-events';

const resolved = (overrides: Partial<NonNullable<AllStreamResolvedEvent['event']>>): AllStreamResolvedEvent =>
  ({
    event: {
      streamId: 'peserta-1',
      id: '5d1f0e2a-3b4c-4d5e-8f60-718293a4b5c6',
      revision: 4n,
      type: 'Terdaftar',
      data: { modul: 'sulam-dasar' },
      metadata: undefined,
      isJson: true,
      created: new Date('2019-07-01T02:00:00Z'),
      position: { commit: 120n, prepare: 120n },
      ...overrides,
    },
  }) as AllStreamResolvedEvent;

describe('toRecordedEvent', () => {
  it('maps every field, the commit position as the position and absent metadata as {}', () => {
    expect(toRecordedEvent(resolved({}))).toEqual({
      id: '5d1f0e2a-3b4c-4d5e-8f60-718293a4b5c6',
      type: 'Terdaftar',
      streamName: 'peserta-1',
      revision: 4n,
      position: 120n,
      data: { modul: 'sulam-dasar' },
      metadata: {},
      created: new Date('2019-07-01T02:00:00Z'),
    });
  });

  it('leaves out system streams and system event types', () => {
    expect(toRecordedEvent(resolved({ streamId: '$$peserta-1', type: '$metadata' }))).toBeUndefined();
    expect(toRecordedEvent(resolved({ type: '$streamDeleted' }))).toBeUndefined();
    expect(isSystemEvent({ streamId: '$stats-127.0.0.1:2113', type: 'StatsCollected' })).toBe(true);
    expect(isSystemEvent({ streamId: 'peserta-1', type: 'Terdaftar' })).toBe(false);
  });

  it('refuses data the port cannot represent, naming the event and not its content', () => {
    expect(() => toRecordedEvent(resolved({ data: ['a'] }))).toThrow(/5d1f0e2a-3b4c-4d5e-8f60-718293a4b5c6: data is not a JSON object/);
    expect(() => toRecordedEvent(resolved({ metadata: Uint8Array.from([1]) }))).toThrow(/metadata is not a JSON object/);
  });
});

describe('toClientEvent', () => {
  it('keeps the id and sends metadata only when there is some', () => {
    const id = '5d1f0e2a-3b4c-4d5e-8f60-718293a4b5c6';
    expect(toClientEvent({ id, type: 'Terdaftar', data: { n: 1 } })).toEqual({
      id,
      contentType: 'application/json',
      type: 'Terdaftar',
      data: { n: 1 },
      metadata: undefined,
    });
    expect(toClientEvent({ id, type: 'Terdaftar', data: {}, metadata: { pelaku: 'registrar-1' } })).toMatchObject({
      metadata: { pelaku: 'registrar-1' },
    });
  });
});
