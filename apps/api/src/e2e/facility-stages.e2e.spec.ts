import { enrolmentBody, releaseBody, transferBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

describe('each stage at the unit where it happened, over HTTP', () => {
  let api: ApiUnderTest;
  let client: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    api = await startApiUnderTest();
    client = httpClient(api);
    const stayed = (await client.call('post', '/participants', 'registrar', enrolmentBody())).body.participantId;
    const moved = (await client.call('post', '/participants', 'registrar', enrolmentBody())).body.participantId;
    await client.call('post', `/participants/${stayed}/release`, 'registrar', releaseBody());
    expect((await client.call('post', `/participants/${moved}/transfer`, 'registrar', transferBody())).status).toBe(201);
    await client.call('post', `/participants/${moved}/release`, 'registrar', releaseBody());
    await api.caughtUp();
  });
  afterAll(() => api.close());

  it('counts the release of a woman transferred before it at the unit she was moved to; her enrolment stays where it was', async () => {
    const stages = await client.call('get', '/outcomes/facility-stages?programme=sulam-malang-2019&cohort=2023-01', 'auditor');
    expect(stages.status).toBe(200);
    expect(stages.body.byFacility).toEqual([
      { facilityId: 'lapas-perempuan-malang', enrolled: 2, graduated: 0, released: 1, exited: 0 },
      { facilityId: 'lapas-perempuan-surabaya', enrolled: 0, graduated: 0, released: 1, exited: 0 },
    ]);
    // The cohort figures keep both with the unit of their enrolment.
    const outcomes = await client.call('get', '/outcomes?programme=sulam-malang-2019&cohort=2023-01', 'auditor');
    expect(outcomes.body.groups.map((group: { facilityId: string; released: number }) => [group.facilityId, group.released])).toEqual([['lapas-perempuan-malang', 2]]);
  });

  it('shows a viewer counts under ten as "<10", and names a malformed month', async () => {
    const stages = await client.call('get', '/outcomes/facility-stages?cohort=2023-01', 'viewer');
    expect(stages.body.byFacility).toEqual([
      { facilityId: 'lapas-perempuan-malang', enrolled: '<10', graduated: 0, released: '<10', exited: 0 },
      { facilityId: 'lapas-perempuan-surabaya', enrolled: 0, graduated: 0, released: '<10', exited: 0 },
    ]);
    const malformed = await client.call('get', '/outcomes/facility-stages?cohort=March', 'viewer');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ path: 'query.cohort', rule: 'must be a month YYYY-MM' }]);
  });
});
