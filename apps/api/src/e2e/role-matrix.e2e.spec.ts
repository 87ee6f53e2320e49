import { roles, type Role } from '../auth/role';
import {
  assessmentBody,
  cancellationBody,
  consentWithdrawalBody,
  contactDetailsBody,
  enrolmentBody,
  enrolmentCorrectionBody,
  erasureBody,
  exitBody,
  followUpBody,
  releaseBody,
  returnToCustodyBody,
  transferBody,
  voidBody,
} from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient, type Method } from './support/http-client';

type Client = ReturnType<typeof httpClient>;

interface Endpoint {
  readonly method: Method;
  /**
   * Makes what the call needs (a fresh participant in the right state) and gives the path and body.
   * `role` is who will call: an entry to void or an enrolment to cancel is then that role's own.
   */
  readonly prepare: (
    client: Client,
    shared: { readonly participantId: string },
    role: Role,
  ) => Promise<{ readonly path: string; readonly body?: unknown }>;
}

const endpoints: Readonly<Record<string, Endpoint>> = {
  'POST /participants': { method: 'post', prepare: async () => ({ path: '/participants', body: enrolmentBody() }) },
  'POST /participants/:id/modules/:moduleId/assessments': {
    method: 'post',
    prepare: async (client) => ({ path: `/participants/${await client.enrolled()}/modules/sulam-dasar/assessments`, body: assessmentBody() }),
  },
  'POST /participants/:id/release': {
    method: 'post',
    prepare: async (client) => ({ path: `/participants/${await client.enrolled()}/release`, body: releaseBody() }),
  },
  'POST /participants/:id/follow-ups': {
    method: 'post',
    prepare: async (client) => ({ path: `/participants/${await client.released()}/follow-ups`, body: followUpBody() }),
  },
  'POST /participants/:id/voids': {
    method: 'post',
    prepare: async (client, _shared, role) => {
      const { participantId, eventId } = await client.entryRecordedBy(role);
      return { path: `/participants/${participantId}/voids`, body: voidBody(eventId) };
    },
  },
  'POST /participants/:id/cancellation': {
    method: 'post',
    prepare: async (client, _shared, role) => ({
      path: `/participants/${await client.enrolled(role === 'registrar' ? 'registrar' : 'admin')}/cancellation`,
      body: cancellationBody(),
    }),
  },
  'POST /participants/:id/enrolment-corrections': {
    method: 'post',
    prepare: async (client) => ({ path: `/participants/${await client.enrolled()}/enrolment-corrections`, body: enrolmentCorrectionBody() }),
  },
  'POST /participants/:id/exit': {
    method: 'post',
    prepare: async (client) => ({ path: `/participants/${await client.enrolled()}/exit`, body: exitBody() }),
  },
  'POST /participants/:id/transfer': {
    method: 'post',
    prepare: async (client) => ({ path: `/participants/${await client.enrolled()}/transfer`, body: transferBody() }),
  },
  'POST /participants/:id/returns-to-custody': {
    method: 'post',
    prepare: async (client) => ({ path: `/participants/${await client.released()}/returns-to-custody`, body: returnToCustodyBody() }),
  },
  'POST /participants/:id/consent-withdrawal': {
    method: 'post',
    prepare: async (client) => ({ path: `/participants/${await client.enrolled()}/consent-withdrawal`, body: consentWithdrawalBody() }),
  },
  'POST /participants/:id/contact-details': {
    method: 'post',
    prepare: async (client) => ({ path: `/participants/${await client.enrolled()}/contact-details`, body: contactDetailsBody() }),
  },
  'POST /participants/:id/erasure': {
    method: 'post',
    prepare: async (client) => ({ path: `/participants/${await client.enrolled()}/erasure`, body: erasureBody() }),
  },
  'GET /participants/:id': { method: 'get', prepare: async (_c, shared) => ({ path: `/participants/${shared.participantId}` }) },
  'GET /participants/:id/history': {
    method: 'get',
    prepare: async (_c, shared) => ({ path: `/participants/${shared.participantId}/history?asOf=2023-12-31` }),
  },
  'GET /outcomes': { method: 'get', prepare: async () => ({ path: '/outcomes?programme=sulam-malang-2019' }) },
  'GET /follow-ups/due': { method: 'get', prepare: async () => ({ path: '/follow-ups/due' }) },
  'GET /audit/events': { method: 'get', prepare: async () => ({ path: '/audit/events?limit=5' }) },
  'GET /programmes': { method: 'get', prepare: async () => ({ path: '/programmes' }) },
  'POST /facilities/:id/population-counts': {
    method: 'post',
    // A day of its own for each role, so an allowed role's count is never a repeat of another's.
    prepare: async (_c, _shared, role) => ({
      path: '/facilities/lapas-perempuan-malang/population-counts',
      body: { countedOn: `2023-0${roles.indexOf(role) + 1}-28`, total: 150 + roles.indexOf(role) },
    }),
  },
  'GET /coverage': { method: 'get', prepare: async () => ({ path: '/coverage' }) },
  'GET /outcomes/facility-stages': { method: 'get', prepare: async () => ({ path: '/outcomes/facility-stages' }) },
  'GET /outcomes/members': { method: 'get', prepare: async () => ({ path: '/outcomes/members?figure=released' }) },
  'GET /audit/personal-data-access': { method: 'get', prepare: async () => ({ path: '/audit/personal-data-access?limit=5' }) },
  'GET /participants/:id/subject-report': { method: 'get', prepare: async (_c, shared) => ({ path: `/participants/${shared.participantId}/subject-report` }) },
};

/** The access matrix, as the README states it. 1 = allowed (2xx), 0 = forbidden (403). */
const matrix: Readonly<Record<keyof typeof endpoints, readonly [number, number, number, number, number, number]>> = {
  //                                                        registrar assessor caseworker auditor viewer admin
  'POST /participants':                                     [1,        0,       0,         0,      0,     1],
  'POST /participants/:id/modules/:moduleId/assessments':   [0,        1,       0,         0,      0,     1],
  'POST /participants/:id/release':                         [1,        0,       0,         0,      0,     1],
  'POST /participants/:id/follow-ups':                      [0,        0,       1,         0,      0,     1],
  'POST /participants/:id/voids':                           [1,        1,       1,         0,      0,     1],
  'POST /participants/:id/cancellation':                    [1,        0,       0,         0,      0,     1],
  'POST /participants/:id/enrolment-corrections':           [1,        0,       0,         0,      0,     1],
  'POST /participants/:id/exit':                            [1,        0,       0,         0,      0,     1],
  'POST /participants/:id/transfer':                        [1,        0,       0,         0,      0,     1],
  'POST /participants/:id/returns-to-custody':              [1,        0,       1,         0,      0,     1],
  'POST /participants/:id/consent-withdrawal':              [1,        0,       1,         0,      0,     1],
  'POST /participants/:id/contact-details':                 [1,        0,       1,         0,      0,     1],
  'POST /participants/:id/erasure':                         [0,        0,       0,         0,      0,     1],
  'GET /participants/:id':                                  [1,        1,       1,         1,      0,     1],
  'GET /participants/:id/history':                          [0,        0,       0,         1,      0,     1],
  'GET /outcomes':                                          [1,        1,       1,         1,      1,     1],
  'GET /follow-ups/due':                                    [1,        1,       1,         1,      1,     1],
  'GET /audit/events':                                      [0,        0,       0,         1,      0,     1],
  'GET /programmes':                                        [1,        1,       1,         1,      1,     1],
  'POST /facilities/:id/population-counts':                 [1,        0,       0,         0,      0,     1],
  'GET /coverage':                                          [1,        1,       1,         1,      1,     1],
  'GET /outcomes/facility-stages':                          [1,        1,       1,         1,      1,     1],
  'GET /outcomes/members':                                  [0,        0,       0,         1,      0,     1],
  'GET /audit/personal-data-access':                        [0,        0,       0,         1,      0,     1],
  'GET /participants/:id/subject-report':                   [0,        0,       0,         0,      0,     1],
};

const cases = Object.entries(matrix).flatMap(([endpoint, allowedByRole]) =>
  roles.map((role, index) => [endpoint, role, allowedByRole[index] === 1] as const),
);

describe('every endpoint × every role, over HTTP', () => {
  let api: ApiUnderTest;
  let client: Client;
  let shared: { readonly participantId: string };

  beforeAll(async () => {
    api = await startApiUnderTest();
    client = httpClient(api);
    shared = { participantId: await client.released() };
    await client.call('post', `/participants/${shared.participantId}/follow-ups`, 'admin', followUpBody());
    await api.caughtUp();
  });

  afterAll(() => api.close());

  it('covers every role and every route the API serves', () => {
    expect(roles).toEqual(['registrar', 'assessor', 'caseworker', 'auditor', 'viewer', 'admin']);
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(endpoints).sort());
  });

  it.each(cases)('%s as %s: allowed=%s', async (endpoint, role: Role, allowed) => {
    const spec = endpoints[endpoint]!;
    const { path, body } = await spec.prepare(client, shared, role);
    await api.caughtUp();
    const before = await api.participantEventCount();
    const response = await client.call(spec.method, path, role, body);
    if (allowed) {
      expect([200, 201]).toContain(response.status);
    } else {
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 403, code: 'FORBIDDEN', role });
      expect(await api.participantEventCount()).toBe(before);
    }
  });

  it.each(Object.keys(endpoints))('%s without a token gets 401 with WWW-Authenticate', async (endpoint) => {
    const spec = endpoints[endpoint]!;
    const { path, body } = await spec.prepare(client, shared, 'admin');
    const response = await client.call(spec.method, path, undefined, body);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(response.body).toMatchObject({ status: 401, code: 'MISSING_TOKEN' });
  });
});
