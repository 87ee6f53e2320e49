import type { AllStreamResolvedEvent } from '@eventstore/db-client';
import { classifyClientEvent, isSystemEvent, ownStreamsOf, toClientEvent, toRecordedEvent, UndecodableEventError } from './client-events';

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

  it('refuses an own event the port cannot represent, naming its position, type and why, and not its content', () => {
    expect(() => toRecordedEvent(resolved({ data: ['rahasia'] }))).toThrow(
      'event at position 120 (type Terdaftar, stream peserta-1) cannot be read: its data is a JSON array, not a JSON object',
    );
    expect(() => toRecordedEvent(resolved({ data: Uint8Array.from([1]), isJson: false }))).toThrow(/its data is binary \(application\/octet-stream\)/);
    expect(() => toRecordedEvent(resolved({ data: 'rahasia' }))).toThrow(/its data is a JSON string/);
    expect(() => toRecordedEvent(resolved({ metadata: Uint8Array.from([1]) }))).toThrow(UndecodableEventError);
    expect(() => toRecordedEvent(resolved({ metadata: Uint8Array.from([1]) }))).toThrow(/its metadata is bytes that are not JSON/);
  });
});

describe('classifyClientEvent', () => {
  const own = ownStreamsOf(['peserta-']);

  it('skips links, system records and other applications’ events with their position, whatever their content', () => {
    expect(classifyClientEvent(resolved({ streamId: '$ce-peserta', type: '$>', data: Uint8Array.from([48]) }), own)).toEqual({
      kind: 'skipped',
      reason: 'links',
      position: 120n,
      streamName: '$ce-peserta',
    });
    expect(classifyClientEvent(resolved({ streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' }), own)).toMatchObject({ reason: 'system' });
    expect(classifyClientEvent(resolved({ type: '$streamDeleted', data: Uint8Array.from([]) }), own)).toMatchObject({ reason: 'system' });
    expect(classifyClientEvent(resolved({ streamId: 'orders-7', data: Uint8Array.from([0xff]), isJson: false }), own)).toMatchObject({
      reason: 'foreign',
      streamName: 'orders-7',
    });
  });

  it('takes every non-system stream as own when no prefixes are given, so nothing undecodable is skipped silently', () => {
    expect(() => classifyClientEvent(resolved({ streamId: 'orders-7', data: [1] }), ownStreamsOf(undefined))).toThrow(UndecodableEventError);
  });

  it('counts a resolved link as a link, and a link whose target is gone as nothing', () => {
    const link = resolved({ streamId: '$ce-peserta', type: '$>' }).event;
    expect(classifyClientEvent({ link } as AllStreamResolvedEvent, own)).toMatchObject({ reason: 'links' });
    expect(classifyClientEvent({} as AllStreamResolvedEvent, own)).toEqual({ kind: 'nothing' });
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
