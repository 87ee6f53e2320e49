import { randomUUID } from 'node:crypto';
import { assessmentBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

/**
 * One Idempotency-Key of one user names one command, and one command writes to one stream: the key
 * used again for another participant is refused, in the same process and after a restart (the audit
 * log remembers what the process's memory forgot), and the refused request writes nothing.
 */
describe('a command id is used on one stream only, across the whole store', () => {
  let running: ApiUnderTest | undefined;
  afterAll(() => running?.close());

  it('refuses the key reused for another participant, before and after a restart', async () => {
    const api = await startApiUnderTest();
    running = api;
    const client = httpClient(api);
    const first = await client.enrolled();
    const second = await client.enrolled();
    const key = randomUUID();
    const assess = (under: ApiUnderTest, participantId: string) =>
      httpClient(under).call('post', `/participants/${participantId}/modules/sulam-dasar/assessments`, 'assessor', assessmentBody(), { 'Idempotency-Key': key });

    expect((await assess(api, first)).status).toBe(201);
    await api.caughtUp();
    const before = await api.participantEventCount();
    const reused = await assess(api, second);
    expect([reused.status, reused.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    expect(await api.participantEventCount()).toBe(before);

    running = undefined;
    await api.close({ keepData: true });
    const restarted = await startApiUnderTest({ dataDir: api.dataDir });
    running = restarted;
    await restarted.caughtUp();
    const afterRestart = await assess(restarted, second);
    expect([afterRestart.status, afterRestart.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    expect(await restarted.participantEventCount()).toBe(before);
    // The key's own command still answers as repeated on its own participant.
    const retry = await assess(restarted, first);
    expect([retry.status, retry.body.repeated]).toEqual([201, true]);
  });
});
