import { randomUUID } from 'node:crypto';
import { enrolmentBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

describe('a subject report over HTTP (UU PDP: what is held about one person)', () => {
  let api: ApiUnderTest;
  let client: ReturnType<typeof httpClient>;
  let participantId: string;
  const person = enrolmentBody();

  beforeAll(async () => {
    api = await startApiUnderTest();
    client = httpClient(api);
    participantId = (await client.call('post', '/participants', 'registrar', person)).body.participantId;
    await api.caughtUp();
  });
  afterAll(() => api.close());

  it('gives the admin every event with her data opened, and records itself as a disclosure first', async () => {
    const report = await client.call('get', `/participants/${participantId}/subject-report`, 'admin');
    expect(report.status).toBe(200);
    expect(report.headers['cache-control']).toContain('no-store');
    expect(report.body.events).toEqual([
      expect.objectContaining({ type: 'InmateEnrolled', revision: '0', personalData: { status: 'ok', data: person.personalData } }),
    ]);
    expect(report.body.accessLog).toEqual([
      expect.objectContaining({ actor: { id: 'demo-admin', role: 'admin' }, purpose: 'GET /participants/:id/subject-report', participantIds: [participantId] }),
    ]);
  });

  it('is for the admin only; an unknown participant is 404 and discloses nothing', async () => {
    for (const role of ['registrar', 'caseworker', 'auditor', 'viewer'] as const) {
      expect((await client.call('get', `/participants/${participantId}/subject-report`, role)).status).toBe(403);
    }
    const unknown = randomUUID();
    expect((await client.call('get', `/participants/${unknown}/subject-report`, 'admin')).body.code).toBe('PARTICIPANT_NOT_FOUND');
    const log = await client.call('get', `/audit/personal-data-access?participant=${unknown}`, 'auditor');
    expect(log.body.items).toEqual([]);
  });
});
