import { enrolmentBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

describe('the record of who was shown personal data, over HTTP', () => {
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

  it('records a name shown to staff, and nothing when no name is shown', async () => {
    const before = await client.call('get', `/audit/personal-data-access?participant=${participantId}`, 'auditor');
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ items: [], nextAfter: null });

    const shown = await client.call('get', `/participants/${participantId}`, 'caseworker');
    expect(shown.body.personalData).toEqual(person.personalData);
    await client.call('get', `/participants/${participantId}`, 'auditor');

    const after = await client.call('get', `/audit/personal-data-access?participant=${participantId}`, 'auditor');
    expect(after.body.items).toEqual([
      expect.objectContaining({ actor: { id: 'demo-caseworker', role: 'caseworker' }, purpose: 'GET /participants/:id', participantIds: [participantId] }),
    ]);
    expect(after.text).not.toContain(person.personalData.fullName);
    const byActor = await client.call('get', '/audit/personal-data-access?actor=demo-caseworker', 'admin');
    expect(byActor.body.items.map((item: { participantIds: string[] }) => item.participantIds)).toContainEqual([participantId]);
  });

  it('pages by position', async () => {
    await client.call('get', `/participants/${participantId}`, 'registrar');
    const first = await client.call('get', '/audit/personal-data-access?limit=1', 'auditor');
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextAfter).toBe(first.body.items[0].position);
    const second = await client.call('get', `/audit/personal-data-access?limit=1&after=${first.body.nextAfter}`, 'auditor');
    expect(BigInt(second.body.items[0].position)).toBeGreaterThan(BigInt(first.body.items[0].position));
  });

  it('is for auditors and admins, and names a malformed parameter', async () => {
    expect((await client.call('get', '/audit/personal-data-access', 'viewer')).status).toBe(403);
    expect((await client.call('get', '/audit/personal-data-access', 'registrar')).status).toBe(403);
    const malformed = await client.call('get', '/audit/personal-data-access?from=yesterday', 'auditor');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ path: 'query.from', rule: expect.stringContaining('date') }]);
  });
});
