import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { CallerScope } from '../auth/caller-scope';
import type { Role } from '../auth/role';
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
  voidBody,
} from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';

const malang = 'lapas-perempuan-malang';
const surabaya = 'lapas-perempuan-surabaya';
const sulam = 'sulam-malang-2019';
const ofMalang: CallerScope = { facilities: [malang], programmes: 'all' };
const ofSurabaya: CallerScope = { facilities: [surabaya], programmes: 'all' };

type Method = 'get' | 'post';
type Caller = { readonly role: Role; readonly scope: CallerScope; readonly name: string };
type Prepared = { readonly participantId: string; readonly eventId?: string };

/** What a participant route needs: who may call it, what state her record must be in, the body. */
interface ParticipantRoute {
  readonly method: Method;
  readonly role: Role;
  readonly path: (participantId: string) => string;
  readonly state: 'enrolled' | 'released' | 'releasedByRegistrar';
  readonly body?: (prepared: Prepared) => unknown;
}

const participantRoutes: Readonly<Record<string, ParticipantRoute>> = {
  'GET /participants/:id': { method: 'get', role: 'registrar', path: (id) => `/participants/${id}`, state: 'enrolled' },
  'GET /participants/:id/history': { method: 'get', role: 'auditor', path: (id) => `/participants/${id}/history`, state: 'enrolled' },
  'GET /participants/:id/subject-report': { method: 'get', role: 'admin', path: (id) => `/participants/${id}/subject-report`, state: 'enrolled' },
  'POST /participants/:id/modules/:moduleId/assessments': {
    method: 'post',
    role: 'assessor',
    path: (id) => `/participants/${id}/modules/sulam-dasar/assessments`,
    state: 'enrolled',
    body: () => assessmentBody(),
  },
  'POST /participants/:id/release': { method: 'post', role: 'registrar', path: (id) => `/participants/${id}/release`, state: 'enrolled', body: () => releaseBody() },
  'POST /participants/:id/follow-ups': {
    method: 'post',
    role: 'caseworker',
    path: (id) => `/participants/${id}/follow-ups`,
    state: 'released',
    body: () => followUpBody(),
  },
  'POST /participants/:id/voids': {
    method: 'post',
    role: 'registrar',
    path: (id) => `/participants/${id}/voids`,
    state: 'releasedByRegistrar',
    body: ({ eventId }) => voidBody(eventId ?? ''),
  },
  'POST /participants/:id/cancellation': {
    method: 'post',
    role: 'registrar',
    path: (id) => `/participants/${id}/cancellation`,
    state: 'enrolled',
    body: () => cancellationBody(),
  },
  'POST /participants/:id/enrolment-corrections': {
    method: 'post',
    role: 'registrar',
    path: (id) => `/participants/${id}/enrolment-corrections`,
    state: 'enrolled',
    body: () => enrolmentCorrectionBody(),
  },
  'POST /participants/:id/exit': { method: 'post', role: 'registrar', path: (id) => `/participants/${id}/exit`, state: 'enrolled', body: () => exitBody() },
  'POST /participants/:id/transfer': {
    method: 'post',
    role: 'registrar',
    path: (id) => `/participants/${id}/transfer`,
    state: 'enrolled',
    body: () => ({ transferredOn: '2023-03-01', toFacilityId: 'lapas-kelas-i-malang' }),
  },
  'POST /participants/:id/returns-to-custody': {
    method: 'post',
    role: 'caseworker',
    path: (id) => `/participants/${id}/returns-to-custody`,
    state: 'released',
    body: () => returnToCustodyBody(),
  },
  'POST /participants/:id/consent-withdrawal': {
    method: 'post',
    role: 'caseworker',
    path: (id) => `/participants/${id}/consent-withdrawal`,
    state: 'enrolled',
    body: () => consentWithdrawalBody(),
  },
  'POST /participants/:id/contact-details': {
    method: 'post',
    role: 'caseworker',
    path: (id) => `/participants/${id}/contact-details`,
    state: 'enrolled',
    body: () => contactDetailsBody(),
  },
  'POST /participants/:id/erasure': { method: 'post', role: 'admin', path: (id) => `/participants/${id}/erasure`, state: 'enrolled', body: () => erasureBody() },
};

/** A problem body without its `instance` (the request's own id): what two answers must share to be the same answer. */
const withoutInstance = (body: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> => {
  const { instance: _instance, ...rest } = body;
  return rest;
};

describe('who sees whom: every participant route within the caller’s scope, over HTTP', () => {
  let api: ApiUnderTest;
  const tokens = new Map<string, string>();

  const tokenOf = async (caller: Caller): Promise<string> => {
    const cached = tokens.get(caller.name);
    if (cached !== undefined) return cached;
    const token = await api.tokenFor({ id: caller.name, role: caller.role }, caller.scope);
    tokens.set(caller.name, token);
    return token;
  };

  const call = async (caller: Caller, method: Method, path: string, body?: unknown) => {
    const pending = request(api.baseUrl)[method](path).set('Authorization', `Bearer ${await tokenOf(caller)}`);
    return body === undefined ? pending : pending.send(body as object);
  };

  const callerOf = (role: Role, scope: CallerScope, place: string): Caller => ({ role, scope, name: `${role}-${place}` });

  const created = async (caller: Caller, path: string, body: unknown): Promise<Prepared> => {
    const response = await call(caller, 'post', path, body);
    if (response.status !== 201) throw new Error(`${path} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return { participantId: response.body.participantId, eventId: response.body.events[0]?.id };
  };

  /** A participant of a unit, enrolled (and released) by that unit's own registrar. */
  const participantAt = async (facilityId: string, scope: CallerScope, state: ParticipantRoute['state'] = 'enrolled'): Promise<Prepared> => {
    const registrar = callerOf('registrar', scope, facilityId);
    const { participantId } = await created(registrar, '/participants', enrolmentBody({ facilityId }));
    if (state === 'enrolled') return { participantId };
    return created(registrar, `/participants/${participantId}/release`, releaseBody());
  };

  /** Every event in the store, disclosures included: a refused read must not even record one. */
  const allEvents = async (): Promise<number> => {
    let count = 0;
    for await (const _event of api.runtime.store.readAll()) count += 1;
    return count;
  };

  beforeAll(async () => {
    api = await startApiUnderTest();
  });
  afterAll(() => api.close());

  it.each(Object.keys(participantRoutes))(
    '%s: a caller of Malang is answered for a participant of Surabaya exactly as for an unknown id, and nothing is written',
    async (name) => {
      const route = participantRoutes[name]!;
      const prepared = await participantAt(surabaya, ofSurabaya, route.state);
      await api.caughtUp();
      const outsider = callerOf(route.role, ofMalang, malang);
      const before = await allEvents();

      const outOfScope = await call(outsider, route.method, route.path(prepared.participantId), route.body?.(prepared));
      const unknown = await call(outsider, route.method, route.path(randomUUID()), route.body?.({ participantId: randomUUID(), eventId: randomUUID() }));
      expect(outOfScope.status).toBe(404);
      expect(outOfScope.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(withoutInstance(outOfScope.body)).toEqual(withoutInstance(unknown.body));
      expect(await allEvents()).toBe(before);

      // The same call from the unit that holds her goes through: the 404 above was the scope, not the record.
      const insider = callerOf(route.role, ofSurabaya, surabaya);
      const inScope = await call(insider, route.method, route.path(prepared.participantId), route.body?.(prepared));
      expect([200, 201]).toContain(inScope.status);
    },
  );

  it('a transfer moves who may write and read: the unit that holds her now, not the one that enrolled her', async () => {
    const { participantId } = await participantAt(malang, ofMalang);
    const registrarOfMalang = callerOf('registrar', ofMalang, malang);
    const registrarOfSurabaya = callerOf('registrar', ofSurabaya, surabaya);
    expect((await call(registrarOfSurabaya, 'post', `/participants/${participantId}/release`, releaseBody())).status).toBe(404);

    const transfer = await call(registrarOfMalang, 'post', `/participants/${participantId}/transfer`, { transferredOn: '2023-03-01', toFacilityId: surabaya });
    expect(transfer.status).toBe(201);
    // At once, from the stream itself: no read model has to catch up first.
    const before = await api.participantEventCount();
    const refused = await call(registrarOfMalang, 'post', `/participants/${participantId}/release`, releaseBody());
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ code: 'NOT_ENROLLED' });
    expect((await call(registrarOfMalang, 'get', `/participants/${participantId}`)).status).toBe(404);
    expect(await api.participantEventCount()).toBe(before);
    expect((await call(registrarOfSurabaya, 'post', `/participants/${participantId}/release`, releaseBody())).status).toBe(201);
    await api.caughtUp();
    expect((await call(registrarOfSurabaya, 'get', `/participants/${participantId}`)).body).toMatchObject({
      participantId,
      lifecycle: { currentFacilityId: surabaya },
    });
  });

  it('an assessor sees and assesses only participants of the programmes her provider delivers', async () => {
    const { participantId } = await participantAt(malang, ofMalang);
    await api.caughtUp();
    const ofAnotherProgramme = callerOf('assessor', { facilities: 'all', programmes: ['menjahit-surabaya-2020'] }, 'menjahit');
    const ofSulam = callerOf('assessor', { facilities: 'all', programmes: [sulam] }, 'sulam');
    const before = await api.participantEventCount();
    const refused = await call(ofAnotherProgramme, 'post', `/participants/${participantId}/modules/sulam-dasar/assessments`, assessmentBody());
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ code: 'NOT_ENROLLED' });
    expect((await call(ofAnotherProgramme, 'get', `/participants/${participantId}`)).body).toMatchObject({ status: 404, code: 'PARTICIPANT_NOT_FOUND' });
    expect(await api.participantEventCount()).toBe(before);
    expect((await call(ofSulam, 'get', `/participants/${participantId}`)).status).toBe(200);
    expect((await call(ofSulam, 'post', `/participants/${participantId}/modules/sulam-dasar/assessments`, assessmentBody())).status).toBe(201);
  });

  it('an enrolment into a unit or programme outside the scope is 403 naming the field and the rule, and writes nothing', async () => {
    const before = await api.participantEventCount();
    const intoSurabaya = await call(callerOf('registrar', ofMalang, malang), 'post', '/participants', enrolmentBody({ facilityId: surabaya }));
    expect(intoSurabaya.status).toBe(403);
    expect(intoSurabaya.body).toMatchObject({ code: 'OUTSIDE_CALLER_SCOPE', rule: 'EnrolmentOutsideCallerScope', field: 'facilityId' });
    const adminOfAnotherProgramme = callerOf('admin', { facilities: 'all', programmes: ['menjahit-surabaya-2020'] }, 'menjahit');
    const intoSulam = await call(adminOfAnotherProgramme, 'post', '/participants', enrolmentBody());
    expect(intoSulam.status).toBe(403);
    expect(intoSulam.body).toMatchObject({ code: 'OUTSIDE_CALLER_SCOPE', field: 'programmeId' });
    expect(await api.participantEventCount()).toBe(before);
  });

  it('a head count only for the caller’s own units', async () => {
    const refused = await call(callerOf('registrar', ofMalang, malang), 'post', `/facilities/${surabaya}/population-counts`, { countedOn: '2023-01-31', total: 120 });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'OUTSIDE_CALLER_SCOPE', field: 'facilityId' });
    const own = await call(callerOf('registrar', ofMalang, malang), 'post', `/facilities/${malang}/population-counts`, { countedOn: '2023-01-31', total: 120 });
    expect(own.status).toBe(201);
  });

  describe('lists and figures', () => {
    let ofMalangId: string;
    let ofSurabayaId: string;
    const nationalAuditor: Caller = { role: 'auditor', scope: { facilities: 'all', programmes: 'all' }, name: 'auditor-national' };
    const auditorOfMalang: Caller = { role: 'auditor', scope: ofMalang, name: 'auditor-malang' };

    beforeAll(async () => {
      ofMalangId = (await participantAt(malang, ofMalang, 'released')).participantId;
      ofSurabayaId = (await participantAt(surabaya, ofSurabaya, 'released')).participantId;
      await api.caughtUp();
    });

    it('a national auditor reads both units’ participants; a regional one only hers', async () => {
      for (const id of [ofMalangId, ofSurabayaId]) {
        expect((await call(nationalAuditor, 'get', `/participants/${id}`)).status).toBe(200);
        expect((await call(nationalAuditor, 'get', `/participants/${id}/history`)).status).toBe(200);
      }
      expect((await call(auditorOfMalang, 'get', `/participants/${ofMalangId}/history`)).status).toBe(200);
      expect((await call(auditorOfMalang, 'get', `/participants/${ofSurabayaId}/history`)).status).toBe(404);
    });

    it('the follow-up worklist names only the participants of the caller’s units', async () => {
      const idsFor = async (caller: Caller): Promise<readonly string[]> =>
        ((await call(caller, 'get', '/follow-ups/due')).body.items as readonly { participantId: string }[]).map((item) => item.participantId);
      const mine = await idsFor(callerOf('caseworker', ofMalang, malang));
      expect(mine).toContain(ofMalangId);
      expect(mine).not.toContain(ofSurabayaId);
      const national = await idsFor(nationalAuditor);
      expect(national).toEqual(expect.arrayContaining([ofMalangId, ofSurabayaId]));
    });

    it('figure members, audit events and the disclosure record list only in-scope participants', async () => {
      const members = async (caller: Caller) =>
        (await call(caller, 'get', '/outcomes/members?figure=released')).body.numerator.participantIds as readonly string[];
      expect(await members(auditorOfMalang)).toContain(ofMalangId);
      expect(await members(auditorOfMalang)).not.toContain(ofSurabayaId);
      expect(await members(nationalAuditor)).toEqual(expect.arrayContaining([ofMalangId, ofSurabayaId]));

      const streamsOn = async (caller: Caller) =>
        ((await call(caller, 'get', '/audit/events?limit=500')).body.items as readonly { streamName: string }[]).map((item) => item.streamName);
      const regional = await streamsOn(auditorOfMalang);
      expect(regional).toContain(`participant-${ofMalangId}`);
      expect(regional).not.toContain(`participant-${ofSurabayaId}`);
      expect(regional.every((stream) => stream.startsWith('participant-') || stream === `facility-${malang}`)).toBe(true);
      expect((await call(auditorOfMalang, 'get', `/audit/events?participant=${ofSurabayaId}`)).body.items).toEqual([]);
      expect(await streamsOn(nationalAuditor)).toContain(`participant-${ofSurabayaId}`);

      // Each unit's registrar reads her own participant, which records a disclosure about her.
      await call(callerOf('registrar', ofMalang, malang), 'get', `/participants/${ofMalangId}`);
      await call(callerOf('registrar', ofSurabaya, surabaya), 'get', `/participants/${ofSurabayaId}`);
      const disclosed = async (caller: Caller) =>
        ((await call(caller, 'get', '/audit/personal-data-access?limit=500')).body.items as readonly { participantIds: readonly string[] }[]).flatMap(
          (item) => item.participantIds,
        );
      expect(await disclosed(auditorOfMalang)).toContain(ofMalangId);
      expect(await disclosed(auditorOfMalang)).not.toContain(ofSurabayaId);
      expect(await disclosed(nationalAuditor)).toEqual(expect.arrayContaining([ofMalangId, ofSurabayaId]));
    });

    it('figures for a scoped caller are her units’ groups only', async () => {
      const facilitiesIn = async (caller: Caller, path: string): Promise<ReadonlySet<string>> =>
        new Set(((await call(caller, 'get', path)).body.groups as readonly { facilityId: string }[]).map((group) => group.facilityId));
      expect(await facilitiesIn(auditorOfMalang, '/outcomes')).toEqual(new Set([malang]));
      expect(await facilitiesIn(nationalAuditor, '/outcomes')).toEqual(new Set([malang, surabaya]));
      expect(await facilitiesIn(auditorOfMalang, `/outcomes?facility=${surabaya}`)).toEqual(new Set());
    });

    it('a scoped caller’s median days to first income is taken over her units’ participants only', async () => {
      // Income found 32 days after release in Malang, 39 in Surabaya.
      const contact = (contactedOn: string) => ({ ...followUpBody(), contactedOn });
      expect((await call(callerOf('caseworker', ofMalang, malang), 'post', `/participants/${ofMalangId}/follow-ups`, contact('2023-07-03'))).status).toBe(201);
      expect((await call(callerOf('caseworker', ofSurabaya, surabaya), 'post', `/participants/${ofSurabayaId}/follow-ups`, contact('2023-07-10'))).status).toBe(201);
      await api.caughtUp();
      const medianOf = async (caller: Caller, path: string) => (await call(caller, 'get', path)).body.total.daysToFirstIncome.median as number | null;
      const auditorOfSurabaya: Caller = { role: 'auditor', scope: ofSurabaya, name: 'auditor-surabaya' };
      const [inMalang, inSurabaya] = [await medianOf(nationalAuditor, `/outcomes?facility=${malang}`), await medianOf(nationalAuditor, `/outcomes?facility=${surabaya}`)];
      expect(inMalang).not.toBe(inSurabaya);
      expect(await medianOf(auditorOfMalang, '/outcomes')).toBe(inMalang);
      expect(await medianOf(auditorOfSurabaya, '/outcomes')).toBe(inSurabaya);
    });
  });
});
