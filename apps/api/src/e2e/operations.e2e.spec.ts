import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { enrolmentBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

const servedRoutes = [
  ['post', '/participants'],
  ['post', '/participants/{participantId}/modules/{moduleId}/assessments'],
  ['post', '/participants/{participantId}/release'],
  ['post', '/participants/{participantId}/follow-ups'],
  ['post', '/participants/{participantId}/voids'],
  ['post', '/participants/{participantId}/cancellation'],
  ['post', '/participants/{participantId}/enrolment-corrections'],
  ['post', '/participants/{participantId}/exit'],
  ['post', '/participants/{participantId}/transfer'],
  ['post', '/participants/{participantId}/returns-to-custody'],
  ['post', '/participants/{participantId}/consent-withdrawal'],
  ['post', '/participants/{participantId}/contact-details'],
  ['post', '/participants/{participantId}/erasure'],
  ['get', '/participants/{participantId}'],
  ['get', '/participants/{participantId}/history'],
  ['get', '/outcomes'],
  ['get', '/follow-ups/due'],
  ['get', '/audit/events'],
  ['get', '/programmes'],
  ['get', '/health'],
  ['get', '/metrics'],
  ['post', '/auth/token'],
  ['post', '/auth/session'],
  ['get', '/auth/session'],
  ['delete', '/auth/session'],
] as const;

describe('operations: health, metrics, OpenAPI, the dashboard files', () => {
  let api: ApiUnderTest;
  let client: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    api = await startApiUnderTest();
    client = httpClient(api);
    await client.enrolled();
    await client.call('post', '/participants', 'registrar', { nonsense: true });
    await api.caughtUp();
  });
  afterAll(() => api.close());

  it('GET /health is ready: the event store answers and every projection is running', async () => {
    const response = await request(api.baseUrl).get('/health');
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.info.eventStore).toMatchObject({ status: 'up', lastPosition: expect.any(String) });
    expect(response.body.info.projections.projections.map((p: { name: string }) => p.name)).toEqual(['outcomes', 'audit_log', 'coverage', 'participant_directory']);
  });

  it('GET /metrics counts commands by result and reports projection lag', async () => {
    const response = await request(api.baseUrl).get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toMatch(/binaan_commands_total\{command="EnrollInmate",result="accepted"\} 1/);
    expect(response.text).toMatch(/binaan_commands_total\{command="EnrollInmate",result="invalid"\} 1/);
    expect(response.text).toMatch(/binaan_projection_lag_events\{projection="outcomes"\} 0/);
    expect(response.text).toMatch(/binaan_projection_lag_seconds\{projection="audit_log"\} 0/);
    expect(response.text).toMatch(/binaan_http_request_duration_seconds_count\{method="POST",route="\/participants",status="201"\} 1/);
  });

  it('OpenAPI 3 at /docs/openapi.json describes every route, with examples for every body', async () => {
    const response = await request(api.baseUrl).get('/docs/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    for (const [method, path] of servedRoutes) expect(response.body.paths[path]?.[method]).toBeDefined();
    const operations = Object.values(response.body.paths as Record<string, Record<string, { requestBody?: { content: Record<string, { example?: unknown }> } }>>)
      .flatMap((methods) => Object.values(methods));
    for (const operation of operations.filter((op) => op.requestBody !== undefined)) {
      expect(operation.requestBody!.content['application/json']!.example).toBeDefined();
    }
  });

  it('Swagger UI at /docs uses files served by the app, no CDN', async () => {
    const page = await request(api.baseUrl).get('/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger-ui');
    expect(page.text).not.toMatch(/(src|href)=["']https?:/);
  });

  it('serves the dashboard and chart.js itself, behind a strict content security policy', async () => {
    const page = await request(api.baseUrl).get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.text).toContain('/vendor/chart.umd.min.js');
    const chart = await request(api.baseUrl).get('/vendor/chart.umd.min.js');
    expect(chart.status).toBe(200);
    expect(chart.text).toContain('Chart');
    const missing = await request(api.baseUrl).get('/dashboard/secrets.js');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });
});

describe('graceful shutdown and restart', () => {
  it('drains an in-flight command, refuses new ones, stores checkpoints; after a restart a repeated key is recognised', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((done) => (release = done));
    let held: () => void = () => undefined;
    const holding = new Promise<void>((done) => (held = done));
    const api = await startApiUnderTest({
      instrument: (runtime) => ({
        ...runtime,
        executeCommand: async (envelope, scope) => {
          held();
          await gate;
          return runtime.executeCommand(envelope, scope);
        },
      }),
    });
    const client = httpClient(api);
    const key = randomUUID();
    const body = enrolmentBody();
    const inFlight = client.call('post', '/participants', 'registrar', body, { 'Idempotency-Key': key }).then((response) => response);
    await holding;
    let closed = false;
    const closing = api.close({ keepData: true }).then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);
    const refused = await client.call('post', '/participants', 'registrar', enrolmentBody());
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('SHUTTING_DOWN');
    release();
    const first = await inFlight;
    expect(first.status).toBe(201);
    await closing;

    const restarted = await startApiUnderTest({ dataDir: api.dataDir });
    try {
      const statuses = await restarted.runtime.projections.status();
      expect(statuses.every((status) => status.position !== null)).toBe(true);
      const again = await httpClient(restarted).call('post', '/participants', 'registrar', body, { 'Idempotency-Key': key });
      expect(again.status).toBe(201);
      expect(again.body).toEqual({ ...first.body, repeated: true, position: first.body.position });
      expect(await restarted.participantEventCount()).toBe(1);
    } finally {
      await restarted.close();
    }
  });
});
