import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import request from 'supertest';
import type { Role } from '../auth/role';
import {
  cancellationBody,
  consentWithdrawalBody,
  contactDetailsBody,
  enrolmentBody,
  enrolmentCorrectionBody,
  erasureBody,
  exitBody,
  releaseBody,
  returnToCustodyBody,
  transferBody,
  voidBody,
} from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

type Client = ReturnType<typeof httpClient>;

interface Route {
  readonly route: string;
  readonly role: Role;
  /** A fresh participant in the state the command needs: the path to post to and the body. */
  readonly prepare: (client: Client) => Promise<{ readonly path: string; readonly body: unknown }>;
  readonly event: string;
  /** What GET /participants/:id shows afterwards (caseworker's view), or 404 when the enrolment is gone. */
  readonly after: Readonly<Record<string, unknown>> | 404;
}

const on = (suffix: string, body: unknown, state: 'enrolled' | 'released' = 'enrolled') => async (client: Client) => ({
  path: `/participants/${state === 'enrolled' ? await client.enrolled() : await client.released()}/${suffix}`,
  body,
});

const routes: readonly Route[] = [
  {
    route: 'voids',
    role: 'registrar',
    prepare: async (client) => {
      const { participantId, eventId } = await client.entryRecordedBy('registrar');
      return { path: `/participants/${participantId}/voids`, body: voidBody(eventId) };
    },
    event: 'EntryVoided',
    after: { status: 'in_training', releasedOn: null },
  },
  {
    route: 'cancellation',
    role: 'registrar',
    prepare: async (client) => ({ path: `/participants/${await client.enrolled('registrar')}/cancellation`, body: cancellationBody() }),
    event: 'EnrolmentCancelled',
    after: 404,
  },
  { route: 'enrolment-corrections', role: 'registrar', prepare: on('enrolment-corrections', enrolmentCorrectionBody()), event: 'EnrolmentCorrected', after: {} },
  {
    route: 'exit',
    role: 'registrar',
    prepare: on('exit', exitBody()),
    event: 'ParticipantExited',
    after: { status: 'exited', lifecycle: { exitedOn: '2023-03-01', exitReason: 'withdrew' } },
  },
  {
    route: 'transfer',
    role: 'registrar',
    prepare: on('transfer', transferBody()),
    event: 'ParticipantTransferred',
    after: { facilityId: 'lapas-perempuan-malang', lifecycle: { currentFacilityId: 'lapas-perempuan-surabaya', transfers: 1 } },
  },
  {
    route: 'returns-to-custody',
    role: 'caseworker',
    prepare: on('returns-to-custody', returnToCustodyBody(), 'released'),
    event: 'ReturnedToCustody',
    after: { status: 'returned_to_custody', lifecycle: { returnedToCustodyOn: '2023-08-01', custodyReturnKind: 'parole_revoked' } },
  },
  {
    route: 'consent-withdrawal',
    role: 'caseworker',
    prepare: on('consent-withdrawal', consentWithdrawalBody()),
    event: 'ConsentWithdrawn',
    after: { lifecycle: { consentWithdrawnOn: '2023-03-01' } },
  },
  { route: 'contact-details', role: 'caseworker', prepare: on('contact-details', contactDetailsBody()), event: 'ContactDetailsUpdated', after: {} },
  { route: 'erasure', role: 'admin', prepare: on('erasure', erasureBody()), event: 'PersonalDataErased', after: { personalData: null } },
];

describe('lifecycle and privacy commands over HTTP', () => {
  let api: ApiUnderTest;
  let client: Client;
  const logLines: string[] = [];

  beforeAll(async () => {
    api = await startApiUnderTest({ logLines });
    client = httpClient(api);
  });
  afterAll(() => api.close());

  it.each(routes)('POST /participants/:id/$route as $role: 201, the reply every command gives, and the record shows it', async (spec) => {
    const { path, body } = await spec.prepare(client);
    const response = await client.call('post', path, spec.role, body);
    expect(response.status).toBe(201);
    const participantId = path.split('/')[2];
    expect(response.body).toEqual({
      participantId,
      commandId: expect.any(String),
      revision: expect.stringMatching(/^\d+$/),
      position: expect.stringMatching(/^\d+$/),
      events: [{ id: expect.any(String), type: spec.event, revision: response.body.revision }],
      repeated: false,
      warnings: [],
    });
    expect(response.headers['etag']).toBe(`"${response.body.revision}"`);
    await api.caughtUp();
    const participant = await client.call('get', `/participants/${participantId}`, 'admin');
    if (spec.after === 404) expect(participant.status).toBe(404);
    else expect(participant.body).toMatchObject(spec.after);
  });

  it.each([
    { route: 'voids', body: { eventId: randomUUID(), reason: 'other' }, issue: { path: 'personalData.note', rule: 'is required when reason is other' } },
    { route: 'exit', body: { exitedOn: '2023-02-30', reason: 'withdrew' }, issue: { path: 'exitedOn', rule: 'must be a real calendar date' } },
    { route: 'transfer', body: { toFacilityId: 'lapas-perempuan-surabaya' }, issue: { path: 'transferredOn', rule: 'is required' } },
    { route: 'enrolment-corrections', body: {}, issue: { path: '', rule: 'must give at least one field' } },
    { route: 'erasure', body: { basis: 'asked_nicely', requestedOn: '2023-09-01' }, issue: { path: 'basis', rule: 'must be one of subject_request, retention_expired, legal_order' } },
  ])('POST /participants/:id/$route with a bad body: 400 naming the field and the rule, nothing written', async ({ route, body, issue }) => {
    const participantId = await client.enrolled();
    const before = await api.participantEventCount();
    const response = await client.call('post', `/participants/${participantId}/${route}`, 'admin', body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [issue] });
    expect(await api.participantEventCount()).toBe(before);
  });

  it('a domain refusal is 422 with its code and writes nothing: an exit after release', async () => {
    const participantId = await client.released();
    const before = await api.participantEventCount();
    const response = await client.call('post', `/participants/${participantId}/exit`, 'registrar', exitBody());
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ status: 422, code: 'EXIT_AFTER_RELEASE', rule: 'ExitAfterRelease' });
    expect(await api.participantEventCount()).toBe(before);
  });

  it("a registrar may not cancel an enrolment somebody else recorded; the admin may", async () => {
    const participantId = await client.enrolled('admin');
    const refused = await client.call('post', `/participants/${participantId}/cancellation`, 'registrar', cancellationBody());
    expect([refused.status, refused.body.code]).toEqual([403, 'VOID_OF_ANOTHER_PERSONS_ENTRY']);
    expect((await client.call('post', `/participants/${participantId}/cancellation`, 'admin', cancellationBody())).status).toBe(201);
  });

  it("a registrar may not void another registrar's release; the admin may", async () => {
    const { participantId, eventId } = await client.entryRecordedBy('registrar');
    const colleague = await api.tokenFor({ id: 'petugas-registrasi-02', role: 'registrar' });
    const before = await api.participantEventCount();
    const refused = await request(api.baseUrl)
      .post(`/participants/${participantId}/voids`)
      .set('Authorization', `Bearer ${colleague}`)
      .send(voidBody(eventId));
    expect([refused.status, refused.body.code]).toEqual([403, 'VOID_OF_ANOTHER_PERSONS_ENTRY']);
    expect(await api.participantEventCount()).toBe(before);
    expect((await client.call('post', `/participants/${participantId}/voids`, 'admin', voidBody(eventId))).status).toBe(201);
  });

  it('the same Idempotency-Key on a void returns the first reply and writes nothing new', async () => {
    const { participantId, eventId } = await client.entryRecordedBy('caseworker');
    const key = randomUUID();
    const first = await client.call('post', `/participants/${participantId}/voids`, 'caseworker', voidBody(eventId), { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    const before = await api.participantEventCount();
    const second = await client.call('post', `/participants/${participantId}/voids`, 'caseworker', voidBody(eventId), { 'Idempotency-Key': key });
    expect(second.status).toBe(201);
    expect(second.body).toEqual({ ...first.body, repeated: true });
    expect(await api.participantEventCount()).toBe(before);
  });

  it('a stale If-Match on a transfer gets 409 and writes nothing; the current one is accepted', async () => {
    const participantId = await client.enrolled();
    const stale = await client.call('post', `/participants/${participantId}/transfer`, 'registrar', transferBody(), { 'If-Match': '"3"' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'REVISION_CONFLICT', expectedRevision: '3', actualRevision: '0' });
    const current = await client.call('post', `/participants/${participantId}/transfer`, 'registrar', transferBody(), { 'If-Match': '"0"' });
    expect([current.status, current.headers['etag']]).toEqual([201, '"1"']);
  });

  it('after erasure, personal data is refused and a second erasure too', async () => {
    const participantId = await client.enrolled();
    expect((await client.call('post', `/participants/${participantId}/erasure`, 'admin', erasureBody())).status).toBe(201);
    const again = await client.call('post', `/participants/${participantId}/erasure`, 'admin', erasureBody());
    expect([again.status, again.body.code]).toEqual([422, 'ALREADY_ERASED']);
    const contact = await client.call('post', `/participants/${participantId}/contact-details`, 'caseworker', contactDetailsBody());
    expect([contact.status, contact.body.code]).toEqual([422, 'PERSONAL_DATA_ERASED']);
  });

  it('an erasure while a backup reads the key store: 503 ERASURE_NOT_FLUSHED, and the same request again finishes it', async () => {
    const participantId = await client.enrolled();
    // A reader that holds a snapshot of keys.db from before the erasure, as `sqlite3 keys.db .backup` does.
    const reader = new Database(join(api.dataDir, 'keys.db'), { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM binaan_data_keys').get();
    const key = { 'Idempotency-Key': randomUUID() };
    const held = await client.call('post', `/participants/${participantId}/erasure`, 'admin', erasureBody(), key);
    expect([held.status, held.body.code]).toEqual([503, 'ERASURE_NOT_FLUSHED']);
    // The erasure is recorded and her data can no longer be opened.
    const contact = await client.call('post', `/participants/${participantId}/contact-details`, 'caseworker', contactDetailsBody());
    expect([contact.status, contact.body.code]).toEqual([422, 'PERSONAL_DATA_ERASED']);
    reader.exec('COMMIT');
    reader.close();
    const again = await client.call('post', `/participants/${participantId}/erasure`, 'admin', erasureBody(), key);
    expect([again.status, again.body.repeated]).toEqual([201, true]);
  }, 30_000);

  it('a person enrolled again after release is a new participant linked to the earlier one', async () => {
    const body = enrolmentBody();
    const first = await client.call('post', '/participants', 'registrar', body);
    const earlierId = String(first.body.participantId);
    expect((await client.call('post', `/participants/${earlierId}/release`, 'registrar', releaseBody())).status).toBe(201);
    const again = await client.call('post', '/participants', 'registrar', { ...body, enrolledOn: '2023-09-01', consent: { given: true, recordedOn: '2023-09-01' } });
    expect(again.status).toBe(201);
    await api.caughtUp();
    const participant = await client.call('get', `/participants/${String(again.body.participantId)}`, 'registrar');
    expect(participant.body.lifecycle.previousParticipantId).toBe(earlierId);
  });

  it('personal data in these commands reaches neither the logs nor any reply', async () => {
    const secrets = { note: 'Catatan rahasia uji 7731', fullName: 'Nama Rahasia Uji Koreksi', phone: '0813 7777 2222' };
    const { participantId, eventId } = await client.entryRecordedBy('registrar');
    const replies = [
      await client.call('post', `/participants/${participantId}/voids`, 'registrar', { eventId, reason: 'other', personalData: { note: secrets.note } }),
      await client.call('post', `/participants/${participantId}/voids`, 'registrar', { eventId, reason: 'other', personalData: { note: secrets.note } }),
      await client.call('post', `/participants/${participantId}/enrolment-corrections`, 'registrar', { personalData: { fullName: secrets.fullName } }),
      await client.call('post', `/participants/${participantId}/enrolment-corrections`, 'registrar', { personalData: { fullName: secrets.fullName, nik: '12' } }),
      await client.call('post', `/participants/${participantId}/contact-details`, 'caseworker', { updatedOn: '2023-03-01', personalData: { phone: secrets.phone } }),
      await client.call('post', `/participants/${participantId}/contact-details`, 'caseworker', { updatedOn: '2099-03-01', personalData: { phone: secrets.phone } }),
    ];
    expect(replies.map((reply) => reply.status)).toEqual([201, 422, 201, 400, 201, 422]);
    const everything = [...logLines, ...replies.map((reply) => reply.text)].join('\n');
    expect(Object.values(secrets).filter((secret) => everything.includes(secret))).toEqual([]);
    expect(logLines.some((line) => line.includes('"command":"VoidEntry"'))).toBe(true);
  });
});
