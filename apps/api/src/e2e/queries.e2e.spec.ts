import { randomUUID } from 'node:crypto';
import { assessmentBody, enrolmentBody, followUpBody, releaseBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

describe('queries over HTTP', () => {
  let api: ApiUnderTest;
  let client: ReturnType<typeof httpClient>;
  let participantId: string;
  const person = enrolmentBody({ facilityId: 'lapas-kelas-i-malang', enrolledOn: '2023-03-06', consent: { given: true, recordedOn: '2023-03-06' } });

  beforeAll(async () => {
    api = await startApiUnderTest();
    client = httpClient(api);
    const enrolled = await client.call('post', '/participants', 'registrar', person);
    participantId = enrolled.body.participantId;
    await client.call('post', `/participants/${participantId}/modules/sulam-dasar/assessments`, 'assessor', { result: 'competent', assessedOn: '2023-04-01' });
    await client.call('post', `/participants/${participantId}/release`, 'registrar', releaseBody());
    await client.call('post', `/participants/${participantId}/follow-ups`, 'caseworker', followUpBody('not_reached'));
    for (let index = 0; index < 3; index += 1) {
      const other = await client.released();
      await client.call('post', `/participants/${other}/modules/sulam-dasar/assessments`, 'assessor', assessmentBody());
    }
    await api.caughtUp();
  });
  afterAll(() => api.close());

  it('a participant: status, ETag = stream revision, and the name for a registrar', async () => {
    const response = await client.call('get', `/participants/${participantId}`, 'registrar');
    expect(response.status).toBe(200);
    expect(response.headers['etag']).toBe('"3"');
    expect(response.body).toMatchObject({
      participantId,
      facilityId: 'lapas-kelas-i-malang',
      cohort: '2023-03',
      status: 'released',
      releasedOn: '2023-06-01',
      modules: { competent: { 'sulam-dasar': '2023-04-01' } },
      followUps: { attempted: 1, reached: 0 },
      personalData: person.personalData,
    });
  });

  it('the auditor sees the status but never the name', async () => {
    const response = await client.call('get', `/participants/${participantId}`, 'auditor');
    expect(response.status).toBe(200);
    expect(response.body).not.toHaveProperty('personalData');
    expect(response.text).not.toContain(person.personalData.fullName);
  });

  it('404 for an unknown participant, 400 for a malformed id', async () => {
    expect((await client.call('get', `/participants/${randomUUID()}`, 'registrar')).body.code).toBe('PARTICIPANT_NOT_FOUND');
    const malformed = await client.call('get', '/participants/42', 'registrar');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ path: 'participantId', rule: 'must be a lower-case UUID' }]);
  });

  it('history: every event with who recorded it; ?asOf= replays to a business date', async () => {
    const live = await client.call('get', `/participants/${participantId}/history`, 'auditor');
    expect(live.body.events.map((event: { eventType: string }) => event.eventType)).toEqual([
      'InmateEnrolled',
      'ModuleCompleted',
      'InmateReleased',
      'FollowUpLogged',
    ]);
    expect(live.body.events.map((event: { actor: { role: string } }) => event.actor.role)).toEqual(['registrar', 'assessor', 'registrar', 'caseworker']);
    const beforeRelease = await client.call('get', `/participants/${participantId}/history?asOf=2023-05-01`, 'auditor');
    expect(beforeRelease.status).toBe(200);
    expect(beforeRelease.body.asOf).toEqual({ businessDate: '2023-05-01' });
    expect(beforeRelease.body.events.map((event: { eventType: string }) => event.eventType)).toEqual(['InmateEnrolled', 'ModuleCompleted']);
    expect(beforeRelease.body.status).toMatchObject({ status: 'in_training', releasedOn: null });
    expect(JSON.stringify(beforeRelease.body)).not.toContain(person.personalData.fullName);
  });

  it('outcomes: totals with denominators, the funnel, and filters (as staff, who see small groups flagged)', async () => {
    const all = await client.call('get', '/outcomes', 'auditor');
    expect(all.status).toBe(200);
    expect(all.body.total).toMatchObject({ enrolled: 4, released: 4, completionRate: { numerator: 0, denominator: 4, rate: 0 }, smallGroup: true });
    expect(all.body.funnel.map((step: { count: number }) => step.count)).toEqual([4, 0, 4, 0, 0]);
    const men = await client.call('get', '/outcomes?facility=lapas-kelas-i-malang&cohort=2023-03', 'registrar');
    expect(men.body.groups).toHaveLength(1);
    expect(men.body.total.enrolled).toBe(1);
    const range = await client.call('get', '/outcomes?from=2023-01&to=2023-01-31', 'caseworker');
    expect(range.body.total.enrolled).toBe(3);
  });

  it('outcomes: a viewer sees groups of fewer than ten people suppressed, with no count and no rate', async () => {
    const all = await client.call('get', '/outcomes', 'viewer');
    expect(all.status).toBe(200);
    expect(all.body.total).toEqual({ suppressed: true, enrolled: '<10', smallGroup: true });
    expect(all.body.funnel).toEqual([]);
    expect(all.body.groups.length).toBeGreaterThan(0);
    for (const group of all.body.groups) expect(group).toEqual(expect.objectContaining({ suppressed: true, enrolled: '<10' }));
    expect(JSON.stringify(all.body)).not.toMatch(/"rate"/);
  });

  it('history: a cut in the future on either axis is refused, naming the parameter', async () => {
    const business = await client.call('get', `/participants/${participantId}/history?asOf=2999-01-01`, 'auditor');
    expect(business.status).toBe(400);
    expect(business.body.errors).toEqual([{ path: 'query.asOf', rule: expect.stringContaining('must not be in the future') }]);
    const recorded = await client.call('get', `/participants/${participantId}/history?knownAt=2999-01-01`, 'auditor');
    expect(recorded.status).toBe(400);
    expect(recorded.body.errors).toEqual([{ path: 'query.knownAt', rule: expect.stringContaining('must not be in the future') }]);
  });

  it('outcome members: the ids behind a figure, as many as the figure counts, for the auditor only', async () => {
    const outcomes = await client.call('get', '/outcomes', 'auditor');
    const members = await client.call('get', '/outcomes/members?figure=released', 'auditor');
    expect(members.status).toBe(200);
    expect(members.body.numerator.count).toBe(outcomes.body.total.released);
    expect(members.body.denominator.count).toBe(outcomes.body.total.enrolled);
    expect(members.body.numerator.participantIds).toContain(participantId);
    const men = await client.call('get', '/outcomes/members?figure=completion&facility=lapas-kelas-i-malang&cohort=2023-03', 'admin');
    expect(men.body.denominator.participantIds).toEqual([participantId]);
    expect((await client.call('get', '/outcomes/members?figure=released', 'viewer')).status).toBe(403);
    expect((await client.call('get', '/outcomes/members?figure=released', 'caseworker')).status).toBe(403);
  });

  it('outcome members: an unknown or missing figure is named, with the figures there are', async () => {
    const unknown = await client.call('get', '/outcomes/members?figure=happiness', 'auditor');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ path: 'query.figure', rule: expect.stringContaining('must be one of completion,') }]);
    const missing = await client.call('get', '/outcomes/members', 'auditor');
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ path: 'query.figure', rule: expect.stringContaining('is required') }]);
  });

  it('outcomes: unknown or malformed parameters are named', async () => {
    const response = await client.call('get', '/outcomes?cohort=March&colour=blue', 'viewer');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_QUERY');
    expect(response.body.errors).toEqual([
      { path: 'query.cohort', rule: 'must be a month YYYY-MM' },
      { path: 'query.colour', rule: expect.stringContaining('is not a known parameter') },
    ]);
  });

  it('follow-ups due: counts for the viewer, the list for the case worker', async () => {
    const viewer = await client.call('get', '/follow-ups/due', 'viewer');
    expect(viewer.status).toBe(200);
    expect(viewer.body).not.toHaveProperty('items');
    expect(viewer.body.total.due + viewer.body.total.overdue).toBe(4);
    const caseworker = await client.call('get', '/follow-ups/due?facility=lapas-kelas-i-malang', 'caseworker');
    expect(caseworker.body.items).toEqual([expect.objectContaining({ participantId, facilityId: 'lapas-kelas-i-malang' })]);
  });

  it('follow-ups due: pages follow nextAfter to the whole list, each with the whole counts; one participant alone; bad paging refused', async () => {
    const whole = await client.call('get', '/follow-ups/due', 'auditor');
    expect(whole.body.items).toHaveLength(4);
    expect(whole.body.nextAfter).toBeNull();
    const closing = whole.body.items.map((item: { windowClosesOn: string }) => item.windowClosesOn);
    expect(closing).toEqual([...closing].sort());
    const paged: unknown[] = [];
    let after: string | null = null;
    for (let pages = 0; pages === 0 || (after !== null && pages < 10); pages += 1) {
      const page = await client.call('get', `/follow-ups/due?limit=1${after === null ? '' : `&after=${after}`}`, 'auditor');
      expect(page.status).toBe(200);
      expect([page.body.total, page.body.byMilestone]).toEqual([whole.body.total, whole.body.byMilestone]);
      expect(page.body.items).toHaveLength(1);
      paged.push(...page.body.items);
      after = page.body.nextAfter;
    }
    expect(paged).toEqual(whole.body.items);
    const third = whole.body.items[2];
    expect((await client.call('get', `/follow-ups/due?participant=${third.participantId}`, 'auditor')).body.items).toEqual([third]);
    const refusals: readonly (readonly [string, string, string])[] = [
      ['limit=0', 'query.limit', 'must be a whole number from 1 to 500'],
      ['limit=501', 'query.limit', 'must be a whole number from 1 to 500'],
      ['after=2020-03-17', 'query.after', 'must be the nextAfter of the page before (a date YYYY-MM-DD, "_" and a participant id)'],
      ['participant=7', 'query.participant', 'must be a lower-case UUID'],
    ];
    // One woman's counts are not for a role that sees totals only: they would say whether she missed a contact.
    const viewerAsking = await client.call('get', `/follow-ups/due?participant=${third.participantId}`, 'viewer');
    expect([viewerAsking.status, viewerAsking.body.code]).toEqual([403, 'FORBIDDEN']);
    for (const [query, path, rule] of refusals) {
      const refused = await client.call('get', `/follow-ups/due?${query}`, 'auditor');
      expect([refused.status, refused.body.errors]).toEqual([400, [{ path, rule }]]);
    }
  });

  it('the audit log pages by position and filters by type and actor', async () => {
    const first = await client.call('get', '/audit/events?limit=2', 'auditor');
    expect(first.body.items).toHaveLength(2);
    const second = await client.call('get', `/audit/events?limit=2&after=${first.body.nextAfter}`, 'auditor');
    expect(BigInt(second.body.items[0].position)).toBeGreaterThan(BigInt(first.body.items[1].position));
    const releases = await client.call('get', '/audit/events?type=InmateReleased', 'auditor');
    expect(releases.body.items).toHaveLength(4);
    const byCaseworker = await client.call('get', '/audit/events?actor=demo-caseworker', 'auditor');
    expect(byCaseworker.body.items.map((item: { eventType: string }) => item.eventType)).toEqual(['FollowUpLogged']);
    const later = await client.call('get', '/audit/events?from=2999-01-01', 'auditor');
    expect(later.body).toEqual({ items: [], nextAfter: null });
  });

  it('programmes: the catalogue', async () => {
    const response = await client.call('get', '/programmes', 'viewer');
    expect(response.body.programmes[0]).toMatchObject({ id: 'sulam-malang-2019' });
    expect(response.body.facilities.map((facility: { id: string }) => facility.id)).toContain('lapas-perempuan-malang');
  });

  it('no viewer answer holds a name or registration number', async () => {
    for (const path of ['/outcomes', '/follow-ups/due', '/programmes']) {
      const text = (await client.call('get', path, 'viewer')).text;
      expect(text).not.toContain(person.personalData.fullName);
      expect(text).not.toContain(person.personalData.registrationNumber);
    }
  });
});
