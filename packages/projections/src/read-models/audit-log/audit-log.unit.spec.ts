import { auditLogRow } from './audit-log';

describe('audit_log', () => {
  it('copies ids, dates and hashes from the event, and nothing from its personal data', () => {
    const row = auditLogRow({
      type: 'InmateEnrolled',
      streamName: 'participant-1',
      revision: 0n,
      position: 41n,
      data: { enrolledOn: '2019-03-04', personalData: { alg: 'A256GCM', ct: 'U2l0aQ==' } },
      metadata: { eventId: 'e', commandId: 'c', correlationId: 'r', causationId: 'k', actor: { id: 'staf-1', role: 'registrar' }, recordedAt: '2019-03-04T02:00:00Z', hash: 'ab' },
    });
    expect(row).toEqual({
      position: 41n,
      stream_name: 'participant-1',
      revision: 0n,
      event_type: 'InmateEnrolled',
      event_id: 'e',
      business_date: '2019-03-04',
      recorded_at: '2019-03-04T02:00:00Z',
      actor_id: 'staf-1',
      actor_role: 'registrar',
      command_id: 'c',
      correlation_id: 'r',
      causation_id: 'k',
      hash: 'ab',
    });
  });
});
