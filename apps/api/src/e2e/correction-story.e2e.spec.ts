import { enrolmentBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

/** Both stores run on the same fixed day, so "today" and the outcomes' as-of date are the same in both. */
const today = () => new Date('2026-12-01T03:00:00.000Z');
const programme = 'sulam-malang-2019';

const enrolment = () => enrolmentBody({ enrolledOn: '2026-01-12', consent: { given: true, recordedOn: '2026-01-12' } });
const releaseOn = (releasedOn: string) => ({ releaseType: 'pembebasan_bersyarat', releasedOn });
const m1Contact = {
  contactedOn: '2026-07-12',
  channel: 'phone',
  outcome: 'reached',
  employment: { status: 'self_employed', usesTrainedSkill: true, incomeBand: '500k_to_1m' },
  needs: [],
  referrals: [],
};

interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

const firstEventId = (reply: Reply): string => (reply.body['events'] as readonly { id: string }[])[0]?.id ?? '';

const created = (reply: Reply): Reply => {
  if (reply.status !== 201) throw new Error(`expected 201, got ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply;
};

/**
 * A release recorded with its day and month swapped, put right through the API: the registrar voids
 * it and records the right one, and every figure then equals that of a history recorded right first time.
 */
describe('a wrong release, voided and recorded again, over HTTP', () => {
  let corrected: ApiUnderTest;
  let clean: ApiUnderTest;

  beforeAll(async () => {
    [corrected, clean] = await Promise.all([startApiUnderTest({ clock: today }), startApiUnderTest({ clock: today })]);
  });
  afterAll(() => Promise.all([corrected.close(), clean.close()]));

  it('ends with the outcomes of a clean history, and a history that shows the wrong entry, the void and the right one', async () => {
    const client = httpClient(corrected);
    const participantId = String(created(await client.call('post', '/participants', 'registrar', enrolment())).body['participantId']);
    const path = `/participants/${participantId}`;

    const wrongRelease = created(await client.call('post', `${path}/release`, 'registrar', releaseOn('2026-10-06')));
    const refusedContact = await client.call('post', `${path}/follow-ups`, 'caseworker', m1Contact);
    expect([refusedContact.status, refusedContact.body['code']]).toEqual([422, 'CONTACT_BEFORE_RELEASE']);

    const voided = created(await client.call('post', `${path}/voids`, 'registrar', { eventId: firstEventId(wrongRelease), reason: 'data_entry_error' }));
    expect(voided.body).toMatchObject({ participantId, repeated: false, events: [{ type: 'EntryVoided' }] });
    const rightRelease = created(await client.call('post', `${path}/release`, 'registrar', releaseOn('2026-06-10')));
    const contact = created(await client.call('post', `${path}/follow-ups`, 'caseworker', m1Contact));

    const cleanClient = httpClient(clean);
    const cleanId = String(created(await cleanClient.call('post', '/participants', 'registrar', enrolment())).body['participantId']);
    created(await cleanClient.call('post', `/participants/${cleanId}/release`, 'registrar', releaseOn('2026-06-10')));
    created(await cleanClient.call('post', `/participants/${cleanId}/follow-ups`, 'caseworker', m1Contact));

    await Promise.all([corrected.caughtUp(), clean.caughtUp()]);
    const participant = await client.call('get', path, 'caseworker');
    expect(participant.body).toMatchObject({ releasedOn: '2026-06-10', followUps: { milestones: { M1: { attempts: 1, reachedOn: '2026-07-12' } } } });

    // A group of one is suppressed for viewers: the auditor sees its figures.
    const outcomes = await client.call('get', `/outcomes?programme=${programme}`, 'auditor');
    const cleanOutcomes = await cleanClient.call('get', `/outcomes?programme=${programme}`, 'auditor');
    expect(outcomes.status).toBe(200);
    expect(outcomes.body).toMatchObject({ total: { enrolled: 1, released: 1, contact: { M1: { due: 1, reached: 1 } } } });
    expect(outcomes.body).toEqual(cleanOutcomes.body);

    const history = await client.call('get', `${path}/history`, 'auditor');
    const entries = history.body['events'] as readonly Record<string, unknown>[];
    const entry = (eventId: string) => entries.find((candidate) => candidate['eventId'] === eventId);
    const registrar = { id: 'demo-registrar', role: 'registrar' };
    expect(entry(firstEventId(wrongRelease))).toMatchObject({ eventType: 'InmateReleased', businessDate: '2026-10-06', voidedBy: firstEventId(voided) });
    expect(entry(firstEventId(voided))).toMatchObject({
      eventType: 'EntryVoided',
      actor: registrar,
      recordedAt: today().toISOString(),
      voids: { eventId: firstEventId(wrongRelease), eventType: 'InmateReleased', reason: 'data_entry_error' },
    });
    expect(entry(firstEventId(rightRelease))).toMatchObject({ eventType: 'InmateReleased', businessDate: '2026-06-10', voidedBy: null, voids: null });
    expect(entry(firstEventId(contact))).toMatchObject({ eventType: 'FollowUpLogged', actor: { id: 'demo-caseworker', role: 'caseworker' } });
    expect(entries.map((row) => row['eventType'])).toEqual(['InmateEnrolled', 'InmateReleased', 'EntryVoided', 'InmateReleased', 'FollowUpLogged']);
  });

  it('refuses a void of a release with a contact after it, naming the contact, and writes nothing', async () => {
    const client = httpClient(corrected);
    const participantId = String(created(await client.call('post', '/participants', 'registrar', enrolment())).body['participantId']);
    const path = `/participants/${participantId}`;
    const release = created(await client.call('post', `${path}/release`, 'registrar', releaseOn('2026-06-10')));
    const contact = created(await client.call('post', `${path}/follow-ups`, 'caseworker', m1Contact));
    const before = await corrected.participantEventCount();

    const refused = await client.call('post', `${path}/voids`, 'registrar', { eventId: firstEventId(release), reason: 'data_entry_error' });
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'VOID_HAS_DEPENDENTS', field: 'eventId', dependentEventIds: [firstEventId(contact)] });
    expect(await corrected.participantEventCount()).toBe(before);
  });

  it('refuses to void the same entry twice', async () => {
    const client = httpClient(corrected);
    const participantId = String(created(await client.call('post', '/participants', 'registrar', enrolment())).body['participantId']);
    const release = created(await client.call('post', `/participants/${participantId}/release`, 'registrar', releaseOn('2026-06-10')));
    const body = { eventId: firstEventId(release), reason: 'duplicate_entry' };
    created(await client.call('post', `/participants/${participantId}/voids`, 'registrar', body));
    const before = await corrected.participantEventCount();
    const again = await client.call('post', `/participants/${participantId}/voids`, 'registrar', body);
    expect([again.status, again.body['code']]).toEqual([422, 'ALREADY_VOIDED']);
    expect(await corrected.participantEventCount()).toBe(before);
  });

  it("refuses an assessor's void of the registrar's release", async () => {
    const client = httpClient(corrected);
    const participantId = String(created(await client.call('post', '/participants', 'registrar', enrolment())).body['participantId']);
    const release = created(await client.call('post', `/participants/${participantId}/release`, 'registrar', releaseOn('2026-06-10')));
    const before = await corrected.participantEventCount();
    const refused = await client.call('post', `/participants/${participantId}/voids`, 'assessor', { eventId: firstEventId(release), reason: 'data_entry_error' });
    expect([refused.status, refused.body['code']]).toEqual([403, 'ROLE_MAY_NOT_VOID']);
    expect(await corrected.participantEventCount()).toBe(before);
  });
});
