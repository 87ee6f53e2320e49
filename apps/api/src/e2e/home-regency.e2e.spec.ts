import { enrolmentBody, releaseBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

/** Twelve go home to Kabupaten Malang (the programme's own regency), three to Kota Malang, one did not say. */
const homes = [...Array<string>(12).fill('3507'), '3573', '3573', '3573', null] as const;

describe('home regency on the worklist and in the outcomes, over HTTP', () => {
  let api: ApiUnderTest;
  let client: ReturnType<typeof httpClient>;
  const released = new Map<string, string | null>();

  beforeAll(async () => {
    api = await startApiUnderTest();
    client = httpClient(api);
    for (const [index, home] of homes.entries()) {
      const enrolled = await client.call('post', '/participants', 'registrar', enrolmentBody(home === null ? {} : { homeRegency: home }));
      expect(enrolled.status).toBe(201);
      if (index % 4 === 0 || home !== '3507') {
        expect((await client.call('post', `/participants/${enrolled.body.participantId}/release`, 'registrar', releaseBody())).status).toBe(201);
        released.set(enrolled.body.participantId, home);
      }
    }
    await api.caughtUp();
  });
  afterAll(() => api.close());

  it('each follow-up due names the home regency and whether it lies outside the programme’s own', async () => {
    const response = await client.call('get', '/follow-ups/due', 'caseworker');
    expect(response.status).toBe(200);
    const items = response.body.items as { participantId: string; homeRegency: { code: string; name: string } | null; outsideProgrammeRegency: boolean | null }[];
    expect(items).toHaveLength(released.size);
    for (const item of items) {
      const home = released.get(item.participantId);
      if (home === null) expect([item.homeRegency, item.outsideProgrammeRegency]).toEqual([null, null]);
      else
        expect([item.homeRegency, item.outsideProgrammeRegency]).toEqual([
          { code: home, name: home === '3507' ? 'Kabupaten Malang' : 'Kota Malang' },
          home !== '3507',
        ]);
    }
  });

  it('groups outcomes by programme × home regency: staff see every group, small ones flagged', async () => {
    const response = await client.call('get', '/outcomes?groupBy=homeRegency', 'registrar');
    expect(response.status).toBe(200);
    expect(response.body.groupBy).toBe('homeRegency');
    expect(response.body.groups.map((group: { homeRegency: { code: string } | null; enrolled: number; released: number; smallGroup: boolean }) => [
      group.homeRegency?.code ?? null,
      group.enrolled,
      group.released,
      group.smallGroup,
    ])).toEqual([
      ['3507', 12, 3, false],
      ['3573', 3, 3, true],
      [null, 1, 1, true],
    ]);
    const byCohort = await client.call('get', '/outcomes', 'registrar');
    expect(response.body.total).toEqual(byCohort.body.total);
  });

  it('a viewer sees every home-regency group under ten suppressed, as a small cohort is', async () => {
    const response = await client.call('get', '/outcomes?groupBy=homeRegency', 'viewer');
    expect(response.status).toBe(200);
    const groups = response.body.groups as Record<string, unknown>[];
    expect(groups[0]).toMatchObject({ homeRegency: { code: '3507', name: 'Kabupaten Malang' }, outsideProgrammeRegency: false, suppressed: false, enrolled: 12 });
    expect(groups.slice(1)).toEqual([
      { programmeId: 'sulam-malang-2019', homeRegency: { code: '3573', name: 'Kota Malang' }, outsideProgrammeRegency: true, suppressed: true, enrolled: '<10', smallGroup: true },
      { programmeId: 'sulam-malang-2019', homeRegency: null, outsideProgrammeRegency: null, suppressed: true, enrolled: '<10', smallGroup: true },
    ]);
  });

  it('refuses a grouping it does not know, naming the rule', async () => {
    const response = await client.call('get', '/outcomes?groupBy=religion', 'viewer');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: 'query.groupBy', rule: 'must be one of cohort, homeRegency' }]);
  });
});
