import { enrolmentBody, releaseBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';
import request from 'supertest';

/** The two reads the staff app added: a registrar's look-up by registration number, an assessor's cohort, a case worker's contacts. */
describe('finding participants and opening contacts for the staff app, over HTTP', () => {
  let api: ApiUnderTest;
  let client: ReturnType<typeof httpClient>;
  const malang = enrolmentBody({ enrolledOn: '2023-01-10' });
  const surabaya = enrolmentBody({ facilityId: 'lapas-perempuan-surabaya', enrolledOn: '2023-01-12' });
  let malangId: string;
  let surabayaId: string;
  const contact = { phone: '0812 3456 7890', addressAfterRelease: 'Jl. Uji 1, Malang', preferredChannel: 'whatsapp' };

  const disclosures = async (participantId: string) =>
    (await client.call('get', `/audit/personal-data-access?participant=${participantId}`, 'auditor')).body.items as readonly {
      actor: { id: string };
      purpose: string;
    }[];

  beforeAll(async () => {
    api = await startApiUnderTest();
    client = httpClient(api);
    malangId = (await client.call('post', '/participants', 'registrar', malang)).body.participantId;
    surabayaId = (await client.call('post', '/participants', 'registrar', surabaya)).body.participantId;
    for (const id of [malangId, surabayaId]) {
      const released = await client.call('post', `/participants/${id}/release`, 'registrar', { ...releaseBody(), personalData: contact });
      expect(released.status).toBe(201);
    }
    await api.caughtUp();
  });
  afterAll(() => api.close());

  const asRegistrarOf = async (facility: string) =>
    api.tokenFor({ id: `registrar-${facility}`, role: 'registrar' }, { facilities: [facility], programmes: 'all' });

  it('finds her by registration number as clerks vary in writing it, within the caller’s facilities only, and records only what it shows', async () => {
    const written = `  ${malang.personalData.registrationNumber.toLowerCase().replace('/', ' / ').replace(' / ', '/')}  `;
    const token = await asRegistrarOf('lapas-perempuan-malang');
    const found = await request(api.baseUrl).get(`/participants?registrationNumber=${encodeURIComponent(written)}`).set('Authorization', `Bearer ${token}`);
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([expect.objectContaining({ participantId: malangId, status: 'released', personalData: malang.personalData })]);
    expect((await disclosures(malangId)).map((entry) => [entry.actor.id, entry.purpose])).toContainEqual([
      'registrar-lapas-perempuan-malang',
      'GET /participants?registrationNumber',
    ]);

    const elsewhere = await request(api.baseUrl)
      .get(`/participants?registrationNumber=${encodeURIComponent(surabaya.personalData.registrationNumber)}`)
      .set('Authorization', `Bearer ${token}`);
    expect(elsewhere.body).toEqual({ items: [] });
    expect(await disclosures(surabayaId)).toEqual([]);
  });

  it('lists a cohort of a programme, names included, for an assessor of that programme', async () => {
    const token = await api.tokenFor({ id: 'assessor-sulam', role: 'assessor' }, { facilities: 'all', programmes: ['sulam-malang-2019'] });
    const cohort = await request(api.baseUrl).get('/participants?programme=sulam-malang-2019&cohort=2023-01').set('Authorization', `Bearer ${token}`);
    expect(cohort.status).toBe(200);
    expect(cohort.body.items.map((item: { participantId: string }) => item.participantId).sort()).toEqual([malangId, surabayaId].sort());
    const other = await api.tokenFor({ id: 'assessor-other', role: 'assessor' }, { facilities: 'all', programmes: ['another-programme'] });
    expect((await request(api.baseUrl).get('/participants?programme=sulam-malang-2019&cohort=2023-01').set('Authorization', `Bearer ${other}`)).body).toEqual({ items: [] });
  });

  it('answers a search without names to roles that may not see them, and names a malformed query', async () => {
    expect((await client.call('get', '/participants?registrationNumber=BI.1', 'auditor')).status).toBe(403);
    expect((await client.call('get', '/participants?registrationNumber=BI.1', 'viewer')).status).toBe(403);
    const both = await client.call('get', '/participants?registrationNumber=BI.1&programme=sulam-malang-2019', 'registrar');
    expect(both.status).toBe(400);
    expect(both.body.errors).toEqual([{ path: 'query', rule: 'give registrationNumber alone, or programme and cohort together' }]);
    const month = await client.call('get', '/participants?programme=sulam-malang-2019&cohort=2023-1', 'assessor');
    expect(month.status).toBe(400);
    expect(month.body.errors).toEqual([{ path: 'query.cohort', rule: 'must be a month YYYY-MM' }]);
  });

  it('gives a case worker the names and contact details of the people due in her facilities, and records the disclosure', async () => {
    const token = await api.tokenFor({ id: 'caseworker-malang', role: 'caseworker' }, { facilities: ['lapas-perempuan-malang'], programmes: 'all' });
    const due = await request(api.baseUrl).get('/follow-ups/due?contacts=true').set('Authorization', `Bearer ${token}`);
    expect(due.status).toBe(200);
    const byId = new Map(due.body.items.map((item: { participantId: string }) => [item.participantId, item]));
    expect(byId.get(malangId)).toEqual(expect.objectContaining({ contact: { fullName: malang.personalData.fullName, registrationNumber: malang.personalData.registrationNumber, ...contact } }));
    // Her worklist is her units' own: a woman of another unit is not on it at all.
    expect(byId.has(surabayaId)).toBe(false);
    expect((await disclosures(malangId)).map((entry) => [entry.actor.id, entry.purpose])).toContainEqual(['caseworker-malang', 'GET /follow-ups/due?contacts=true']);
    expect((await disclosures(surabayaId)).some((entry) => entry.actor.id === 'caseworker-malang')).toBe(false);

    // Without ?contacts=true nothing is opened; other roles may not ask for contacts.
    const plain = await client.call('get', '/follow-ups/due', 'caseworker');
    expect(plain.text).not.toContain(malang.personalData.fullName);
    expect((await client.call('get', '/follow-ups/due?contacts=true', 'registrar')).status).toBe(403);
    expect((await client.call('get', '/follow-ups/due?contacts=true', 'viewer')).status).toBe(403);
    expect((await client.call('get', '/follow-ups/due?contacts=yes', 'caseworker')).body.errors).toEqual([{ path: 'query.contacts', rule: 'must be one of true' }]);
  });

  it('opens the contacts of the page it shows only, and records the disclosure of those alone', async () => {
    const token = await api.tokenFor({ id: 'caseworker-national', role: 'caseworker' }, { facilities: 'all', programmes: 'all' });
    const whole = await request(api.baseUrl).get('/follow-ups/due').set('Authorization', `Bearer ${token}`);
    expect(whole.body.items).toHaveLength(2);
    const first = await request(api.baseUrl).get('/follow-ups/due?contacts=true&limit=1').set('Authorization', `Bearer ${token}`);
    const [shown, hidden] = [first.body.items[0].participantId, whole.body.items[1].participantId];
    expect(first.body.items[0].contact.fullName).toEqual(expect.any(String));
    const openedBy = async (id: string) => (await disclosures(id)).filter((entry) => entry.actor.id === 'caseworker-national').length;
    expect([await openedBy(shown), await openedBy(hidden)]).toEqual([1, 0]);
    const second = await request(api.baseUrl).get(`/follow-ups/due?contacts=true&limit=1&after=${first.body.nextAfter}`).set('Authorization', `Bearer ${token}`);
    expect([second.body.items.map((item: { participantId: string }) => item.participantId), second.body.nextAfter]).toEqual([[hidden], null]);
    expect([await openedBy(shown), await openedBy(hidden)]).toEqual([1, 1]);
  });

  it('serves the staff app at /app/, its service worker with its scope, and a problem for a file it does not have', async () => {
    const page = await request(api.baseUrl).get('/app/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.text).toContain('<main id="view"');
    const plain = await request(api.baseUrl).get('/app/app.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const worker = await request(api.baseUrl).get('/app/sw.js');
    expect(worker.headers['service-worker-allowed']).toBe('/app/');
    const missing = await request(api.baseUrl).get('/app/nothing.js');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });
});
