import request from 'supertest';
import { enrolmentBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

interface Headers {
  readonly [name: string]: string | undefined;
}

const guarded = (headers: Headers) => ({
  csp: headers['content-security-policy'],
  nosniff: headers['x-content-type-options'],
  referrer: headers['referrer-policy'],
});

const expectGuarded = (headers: Headers) => {
  const { csp, nosniff, referrer } = guarded(headers);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'none'");
  expect(nosniff).toBe('nosniff');
  expect(referrer).toBe('no-referrer');
};

describe('security headers on every reply', () => {
  let api: ApiUnderTest;
  let client: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    api = await startApiUnderTest();
    client = httpClient(api);
  });
  afterAll(() => api.close());

  it('/docs and its document carry the dashboard’s policy (scripts from this origin only, no framing)', async () => {
    for (const path of ['/docs', '/docs/openapi.json']) {
      const response = await request(api.baseUrl).get(path);
      expect([path, response.status]).toEqual([path, 200]);
      expectGuarded(response.headers as Headers);
    }
  });

  it('a participant’s reply, which holds personal data, is never stored by a browser or proxy', async () => {
    const participantId = await client.enrolled();
    await api.caughtUp();
    const response = await client.call('get', `/participants/${participantId}`, 'registrar');
    expect(response.status).toBe(200);
    expect(response.body.personalData).not.toBeNull();
    expectGuarded(response.headers as Headers);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('command replies, reports and problems carry them too', async () => {
    const replies = [
      await client.call('post', '/participants', 'registrar', enrolmentBody()),
      await client.call('get', '/outcomes', 'viewer'),
      await client.call('get', '/outcomes', undefined),
      await client.call('post', '/participants', 'registrar', { programmeId: 'x' }),
      await client.call('get', '/nothing-here', 'admin'),
    ];
    expect(replies.map((reply) => reply.status)).toEqual([201, 200, 401, 400, 404]);
    for (const reply of replies) {
      expectGuarded(reply.headers as Headers);
      expect(reply.headers['cache-control']).toBe('no-store');
    }
  });

  it('the dashboard keeps its own: the same policy, and its files may be cached once revalidated', async () => {
    const response = await request(api.baseUrl).get('/');
    expect(response.status).toBe(200);
    expectGuarded(response.headers as Headers);
    expect(response.headers['cache-control']).toBe('no-cache');
  });
});
