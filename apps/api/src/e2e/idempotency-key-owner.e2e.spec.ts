import { randomUUID } from 'node:crypto';
import { assessmentBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

const answerOf = (response: { readonly status: number; readonly body: Readonly<Record<string, unknown>> }): string =>
  response.status === 201 ? `201 ${response.body['repeated'] === true ? 'repeated' : 'new'}` : `${response.status} ${String(response.body['code'])}`;

/**
 * An Idempotency-Key belongs to whoever sent it: the same key from another user is that user's own
 * request. It never gets the owner's reply, and nothing it does (accepted or refused) stands in the
 * owner's way, in the API's memory or in the event store (after a restart).
 */
describe('an Idempotency-Key is kept per user', () => {
  let running: ApiUnderTest | undefined;
  afterAll(() => running?.close());

  it('another user’s request under the same key neither replays nor poisons the owner’s', async () => {
    const api = await startApiUnderTest();
    running = api;
    const client = httpClient(api);
    const assess = (under: ApiUnderTest, participantId: string, moduleId: string, role: 'assessor' | 'admin', key: string) =>
      httpClient(under).call('post', `/participants/${participantId}/modules/${moduleId}/assessments`, role, assessmentBody(), { 'Idempotency-Key': key });

    // The admin's request under the key is refused first (a rule of the record): the assessor's own still runs.
    const refusedFirst = { participantId: await client.enrolled(), key: randomUUID() };
    expect(answerOf(await assess(api, refusedFirst.participantId, 'sulam-lanjutan', 'admin', refusedFirst.key))).toBe('422 PREREQUISITES_NOT_COMPETENT');
    expect(answerOf(await assess(api, refusedFirst.participantId, 'sulam-dasar', 'assessor', refusedFirst.key))).toBe('201 new');

    // The admin's request under the key is accepted first, on the same participant: the assessor's own still runs.
    const acceptedFirst = { participantId: await client.enrolled(), key: randomUUID() };
    expect(answerOf(await assess(api, acceptedFirst.participantId, 'sulam-dasar', 'admin', acceptedFirst.key))).toBe('201 new');
    expect(answerOf(await assess(api, acceptedFirst.participantId, 'sulam-lanjutan', 'assessor', acceptedFirst.key))).toBe('201 new');

    // The owner's key reused by another user after the owner: no replay of the owner's reply.
    const ownerFirst = { participantId: await client.enrolled(), key: randomUUID() };
    const owners = await assess(api, ownerFirst.participantId, 'sulam-dasar', 'assessor', ownerFirst.key);
    expect(answerOf(owners)).toBe('201 new');
    const others = await assess(api, ownerFirst.participantId, 'sulam-dasar', 'admin', ownerFirst.key);
    expect(answerOf(others)).toBe('422 MODULE_ALREADY_COMPETENT');

    const retries = async (under: ApiUnderTest) => [
      answerOf(await assess(under, refusedFirst.participantId, 'sulam-dasar', 'assessor', refusedFirst.key)),
      answerOf(await assess(under, acceptedFirst.participantId, 'sulam-lanjutan', 'assessor', acceptedFirst.key)),
      answerOf(await assess(under, acceptedFirst.participantId, 'sulam-dasar', 'admin', acceptedFirst.key)),
      answerOf(await assess(under, ownerFirst.participantId, 'sulam-dasar', 'assessor', ownerFirst.key)),
    ];
    const expected = ['201 repeated', '201 repeated', '201 repeated', '201 repeated'];
    expect(await retries(api)).toEqual(expected);
    running = undefined;
    await api.close({ keepData: true });
    const restarted = await startApiUnderTest({ dataDir: api.dataDir });
    running = restarted;
    expect(await retries(restarted)).toEqual(expected);
  });
});
