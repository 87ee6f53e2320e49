import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { callerCommandId } from '../commands/caller-command-id';
import { assessmentBody, enrolmentBody, followUpBody, releaseBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

describe('commands over HTTP', () => {
  let api: ApiUnderTest;
  let client: ReturnType<typeof httpClient>;
  const logLines: string[] = [];
  const personalValues = new Set<string>();
  const send = (...args: Parameters<ReturnType<typeof httpClient>['call']>) => {
    const personalData = (args[3] as { personalData?: Readonly<Record<string, string>> } | undefined)?.personalData;
    Object.values(personalData ?? {})
      .filter((value) => value.length >= 6)
      .forEach((value) => personalValues.add(value));
    return client.call(...args);
  };

  beforeAll(async () => {
    api = await startApiUnderTest({ logLines });
    client = httpClient(api);
  });
  afterAll(() => api.close());

  it('enrols: 201, Location, ETag "0", and the actor comes from the token', async () => {
    const response = await send('post', '/participants', 'registrar', enrolmentBody());
    expect(response.status).toBe(201);
    const { participantId } = response.body as { participantId: string };
    expect(response.headers['location']).toBe(`/participants/${participantId}`);
    expect(response.headers['etag']).toBe('"0"');
    expect(response.body).toMatchObject({ revision: '0', repeated: false, events: [{ type: 'InmateEnrolled', revision: '0' }] });
    await api.caughtUp();
    const history = await send('get', `/participants/${participantId}/history`, 'auditor');
    expect(history.body.events[0].actor).toEqual({ id: 'demo-registrar', role: 'registrar' });
  });

  it('refuses an actor in the body: it may only come from the token', async () => {
    const response = await send('post', '/participants', 'registrar', enrolmentBody({ actor: { id: 'someone-else', role: 'admin' } }));
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual({ path: 'actor', rule: 'is not a known field' });
  });

  it('the same Idempotency-Key twice returns the first response and writes nothing new', async () => {
    const key = randomUUID();
    const body = enrolmentBody();
    const first = await send('post', '/participants', 'registrar', body, { 'Idempotency-Key': key });
    const before = await api.participantEventCount();
    const second = await send('post', '/participants', 'registrar', body, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual({ ...first.body, repeated: true });
    expect(second.headers['etag']).toBe(first.headers['etag']);
    expect(first.body.commandId).toBe(callerCommandId({ id: 'demo-registrar', role: 'registrar' }, key));
    expect(await api.participantEventCount()).toBe(before);
  });

  it('a stale If-Match gets 409 and writes nothing; the current one is accepted', async () => {
    const participantId = await client.enrolled();
    const path = `/participants/${participantId}/modules/sulam-dasar/assessments`;
    const first = await send('post', path, 'assessor', assessmentBody('not_yet_competent'), { 'If-Match': '"0"' });
    expect(first.status).toBe(201);
    expect(first.headers['etag']).toBe('"1"');
    const stale = await send('post', path, 'assessor', assessmentBody('competent'), { 'If-Match': '"0"' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'REVISION_CONFLICT', expectedRevision: '0', actualRevision: '1' });
    const current = await send('post', path, 'assessor', assessmentBody('competent'), { 'If-Match': String(first.headers['etag']) });
    expect(current.status).toBe(201);
  });

  it('400 names every field path and rule, and echoes no submitted value', async () => {
    const body = enrolmentBody({ enrolledOn: '2023-02-30', personalData: { fullName: 'Ratna Uji Rahasia', registrationNumber: 'X', nik: '990712' } });
    const response = await send('post', '/participants', 'registrar', body);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: 'urn:binaan:problem:VALIDATION_FAILED', title: 'Bad Request', status: 400, code: 'VALIDATION_FAILED' });
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'enrolledOn', rule: 'must be a real calendar date' },
        { path: 'personalData.nik', rule: 'must be 16 digits, got 6 digits' },
      ]),
    );
    expect(response.text).not.toContain('Ratna');
    expect(response.text).not.toContain('990712');
  });

  it('422 for a broken domain rule, with its code and message', async () => {
    const participantId = await client.enrolled();
    const response = await send('post', `/participants/${participantId}/modules/sulam-lanjutan/assessments`, 'assessor', assessmentBody());
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ status: 422, code: 'PREREQUISITES_NOT_COMPETENT', rule: 'PrerequisitesNotCompetent' });
    expect(typeof response.body.detail).toBe('string');
  });

  it('422 for a second enrolment of the same person in the programme', async () => {
    const body = enrolmentBody();
    expect((await send('post', '/participants', 'registrar', body)).status).toBe(201);
    const again = await send('post', '/participants', 'registrar', body);
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('PERSON_ALREADY_ENROLLED_IN_PROGRAMME');
    expect(again.text).not.toContain(body.personalData.registrationNumber);
  });

  it('404 for a command on a participant nobody enrolled', async () => {
    const response = await send('post', `/participants/${randomUUID()}/release`, 'registrar', releaseBody());
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_ENROLLED');
  });

  it('a body naming the URL’s ids is refused rather than overridden', async () => {
    const participantId = await client.released();
    const response = await send('post', `/participants/${participantId}/follow-ups`, 'caseworker', {
      ...followUpBody(),
      participantId: randomUUID(),
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: 'participantId', rule: 'comes from the URL; leave it out of the body' }]);
  });

  it.each([
    { body: 'malformed JSON', raw: '{"programmeId": ', contentType: 'application/json', status: 400, code: 'INVALID_JSON' },
    { body: 'a JSON array', raw: '[1,2]', contentType: 'application/json', status: 400, code: 'VALIDATION_FAILED' },
    { body: 'form data', raw: 'a=1', contentType: 'application/x-www-form-urlencoded', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { body: '70 KiB of JSON', raw: JSON.stringify({ notes: 'x'.repeat(70 * 1024) }), contentType: 'application/json', status: 413, code: 'PAYLOAD_TOO_LARGE' },
  ])('$body gets $status $code', async ({ raw, contentType, status, code }) => {
    const response = await request(api.baseUrl)
      .post('/participants')
      .set('Authorization', `Bearer ${api.token('registrar')}`)
      .set('Content-Type', contentType)
      .send(raw);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ status, code });
  });

  it.each([
    { header: 'Idempotency-Key', value: 'not-a-uuid', code: 'INVALID_IDEMPOTENCY_KEY' },
    { header: 'If-Match', value: 'W/"1"', code: 'INVALID_IF_MATCH' },
    { header: 'X-Correlation-Id', value: 'batch 7', code: 'INVALID_CORRELATION_ID' },
  ])('a malformed $header header gets 400 $code', async ({ header, value, code }) => {
    const response = await send('post', '/participants', 'registrar', enrolmentBody(), { [header]: value });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(code);
  });

  it('unknown routes and methods are problems too', async () => {
    const unknown = await send('get', '/nothing-here', 'admin');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const wrongMethod = await request(api.baseUrl).delete('/participants').set('Authorization', `Bearer ${api.token('admin')}`);
    expect(wrongMethod.status).toBe(404);
    expect(wrongMethod.body.code).toBe('NOT_FOUND');
  });

  it('logs every request and command, and no personal data', () => {
    expect(personalValues.size).toBeGreaterThan(10);
    expect(logLines.some((line) => line.includes('"msg":"command handled"'))).toBe(true);
    expect(logLines.some((line) => line.includes('"msg":"request"'))).toBe(true);
    expect([...personalValues].filter((value) => logLines.some((line) => line.includes(value)))).toEqual([]);
  });
});
