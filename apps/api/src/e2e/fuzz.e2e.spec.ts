import fc from 'fast-check';
import { badNiks, hostileBodies, type HostileBody } from './support/hostile-bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';
import { runPool } from './support/run-pool';

const bodiesPerEndpoint = 2_000;
/** The lifecycle routes share the executor the first four are fuzzed through; fewer bodies each keep the run short. */
const bodiesPerLifecycleEndpoint = 400;
const concurrency = 16;
const seed = Number(process.env['FUZZ_SEED'] ?? 20_190_301);

const enrolBase = {
  programmeId: 'sulam-malang-2019',
  facilityId: 'lapas-perempuan-malang',
  registrationClass: 'B.IIa',
  enrolledOn: '2023-01-10',
  consent: { given: true, recordedOn: '2023-01-10' },
  personalData: { fullName: 'Fuzzy Wulandari Uji', registrationNumber: 'BIIa.77/2022/UJI', nik: '9907124508900001', birthDate: '1990-08-05' },
};

interface Target {
  readonly name: string;
  readonly path: (participantId: string) => string;
  readonly bodies: fc.Arbitrary<HostileBody>;
  /** The participant must be released (a contact, a return to custody). */
  readonly released?: boolean;
  readonly runs?: number;
}

/** A lifecycle route, fuzzed from a base of its required fields only (leaving out an optional one would make a valid body). */
const lifecycleTarget = (route: string, base: Readonly<Record<string, unknown>>, released = false): Target => ({
  name: `POST /participants/:id/${route}`,
  path: (id) => `/participants/${id}/${route}`,
  bodies: hostileBodies(base as Parameters<typeof hostileBodies>[0]),
  released,
  runs: bodiesPerLifecycleEndpoint,
});

const targets: readonly Target[] = [
  { name: 'POST /participants', path: () => '/participants', bodies: hostileBodies(enrolBase, [badNiks(enrolBase)]) },
  {
    name: 'POST /participants/:id/modules/:moduleId/assessments',
    path: (id) => `/participants/${id}/modules/sulam-dasar/assessments`,
    bodies: hostileBodies({ result: 'competent', assessedOn: '2023-02-01' }),
  },
  {
    name: 'POST /participants/:id/release',
    path: (id) => `/participants/${id}/release`,
    bodies: hostileBodies({ releaseType: 'bebas_murni', releasedOn: '2023-06-01' }),
  },
  {
    name: 'POST /participants/:id/follow-ups',
    path: (id) => `/participants/${id}/follow-ups`,
    bodies: hostileBodies({ contactedOn: '2023-07-03', channel: 'visit', outcome: 'not_reached', notReachedReason: 'moved', needs: [], referrals: [] }),
    released: true,
  },
  lifecycleTarget('voids', { eventId: '2b1f0c8e-7d3a-4c5b-9e1f-0a2b3c4d5e6f', reason: 'data_entry_error' }),
  lifecycleTarget('cancellation', { reason: 'duplicate_entry' }),
  lifecycleTarget('enrolment-corrections', { registrationClass: 'B.I' }),
  lifecycleTarget('exit', { exitedOn: '2023-03-01', reason: 'withdrew' }),
  lifecycleTarget('transfer', { transferredOn: '2023-03-01', toFacilityId: 'lapas-perempuan-surabaya' }),
  lifecycleTarget('returns-to-custody', { returnedOn: '2023-08-01', kind: 'new_offence' }, true),
  lifecycleTarget('consent-withdrawal', { withdrawnOn: '2023-03-01' }),
  lifecycleTarget('contact-details', { updatedOn: '2023-03-01', personalData: { phone: '0812 0000 1111' } }),
  lifecycleTarget('erasure', { basis: 'subject_request', requestedOn: '2023-09-01' }),
];

const countAll = async (api: ApiUnderTest): Promise<number> => {
  let count = 0;
  for await (const _event of api.runtime.store.readAll()) count += 1;
  return count;
};

describe('bad-input fuzzing of the command endpoints (fast-check, real HTTP)', () => {
  let api: ApiUnderTest;
  let enrolledId: string;
  let releasedId: string;

  beforeAll(async () => {
    api = await startApiUnderTest();
    const client = httpClient(api);
    enrolledId = await client.enrolled();
    releasedId = await client.released();
  });
  afterAll(() => api.close());

  it.each(targets)('$name: hostile bodies, no 5xx, nothing written', async (target) => {
    const participantId = target.released === true ? releasedId : enrolledId;
    const bodies = fc.sample(target.bodies, { numRuns: target.runs ?? bodiesPerEndpoint, seed });
    const before = await countAll(api);
    const token = api.token('admin');
    const outcomes = await runPool(bodies, concurrency, async (body) => {
      const response = await fetch(`${api.baseUrl}${target.path(participantId)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body.bytes,
      });
      const text = await response.text();
      return { attack: body.attack, status: response.status, contentType: response.headers.get('content-type') ?? '', text };
    });
    const failures = outcomes.filter(
      (outcome) => outcome.status < 400 || outcome.status >= 500 || !outcome.contentType.startsWith('application/problem+json'),
    );
    expect(failures.slice(0, 5)).toEqual([]);
    expect(outcomes.filter((outcome) => outcome.text.includes(enrolBase.personalData.fullName))).toEqual([]);
    expect(await countAll(api)).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const attacks = new Set(outcomes.map((outcome) => outcome.attack.split(' at ')[0]));
    expect(attacks.size).toBeGreaterThanOrEqual(9);
  });
});
