import { randomUUID } from 'node:crypto';
import { callerCommandId } from '../commands/caller-command-id';
import { enrolmentBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

const women = 'lapas-perempuan-malang';
const men = 'lapas-kelas-i-malang';

/** What the test records through the API, and works coverage out from by itself. */
const enrolments = [
  { facilityId: women, enrolledOn: '2024-01-05', releasedOn: null },
  { facilityId: women, enrolledOn: '2024-01-20', releasedOn: '2024-02-29' },
  { facilityId: women, enrolledOn: '2024-02-03', releasedOn: null },
  { facilityId: men, enrolledOn: '2024-02-14', releasedOn: '2024-03-10' },
  { facilityId: men, enrolledOn: '2024-03-01', releasedOn: null },
] as const;
const counts = [
  { facilityId: women, countedOn: '2024-01-31', total: 200 },
  { facilityId: women, countedOn: '2024-03-15', total: 190 },
  { facilityId: men, countedOn: '2024-03-31', total: 600 },
] as const;
const months = ['2024-01', '2024-02', '2024-03', '2024-04'];

const lastDayOf = (month: string): string => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** Coverage worked out from the recorded facts alone, month end by month end. */
const expectedCoverage = (facilityId: string, month: string) => {
  const day = lastDayOf(month);
  const inProgramme = enrolments.filter(
    (enrolment) => enrolment.facilityId === facilityId && enrolment.enrolledOn <= day && (enrolment.releasedOn === null || enrolment.releasedOn > day),
  ).length;
  const latest = counts.filter((count) => count.facilityId === facilityId && count.countedOn <= day).sort((a, b) => (a.countedOn < b.countedOn ? 1 : -1))[0];
  return latest === undefined
    ? { month, status: 'no_count', inProgramme, held: null, rate: null }
    : { month, status: 'counted', inProgramme, held: latest.total, rate: inProgramme / latest.total };
};

describe('coverage over HTTP', () => {
  let api: ApiUnderTest;
  let client: ReturnType<typeof httpClient>;
  const logLines: string[] = [];

  const facilityEventCount = async (): Promise<number> => {
    let count = 0;
    for await (const _event of api.runtime.store.readAll({ filter: { streamPrefixes: ['facility-'] } })) count += 1;
    return count;
  };

  beforeAll(async () => {
    api = await startApiUnderTest({ logLines });
    client = httpClient(api);
    for (const enrolment of enrolments) {
      const enrolled = await client.call(
        'post',
        '/participants',
        'registrar',
        enrolmentBody({ facilityId: enrolment.facilityId, enrolledOn: enrolment.enrolledOn, consent: { given: true, recordedOn: enrolment.enrolledOn } }),
      );
      expect(enrolled.status).toBe(201);
      if (enrolment.releasedOn !== null) {
        const released = await client.call('post', `/participants/${enrolled.body.participantId}/release`, 'registrar', {
          releaseType: 'pembebasan_bersyarat',
          releasedOn: enrolment.releasedOn,
        });
        expect(released.status).toBe(201);
      }
    }
  });
  afterAll(() => api.close());

  it('records counts: 201 with the command reply, for a registrar and an admin', async () => {
    for (const [index, count] of counts.entries()) {
      const response = await client.call('post', `/facilities/${count.facilityId}/population-counts`, index === 0 ? 'admin' : 'registrar', {
        countedOn: count.countedOn,
        total: count.total,
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ facilityId: count.facilityId, repeated: false, events: [{ type: 'FacilityPopulationRecorded' }] });
    }
  });

  it('coverage on the API equals the coverage worked out from what was recorded, numerator and denominator', async () => {
    await api.caughtUp();
    const response = await client.call('get', '/coverage?from=2024-01&to=2024-04', 'auditor');
    expect(response.status).toBe(200);
    for (const facilityId of [women, men]) {
      const facility = (response.body.facilities as { facilityId: string; months: Record<string, unknown>[] }[]).find((entry) => entry.facilityId === facilityId)!;
      const shown = facility.months.map((month) => {
        const coverage = month['coverage'] as { numerator: number; denominator: number | null; rate: number | null };
        expect([coverage.numerator, coverage.denominator]).toEqual([month['inProgramme'], month['held']]);
        return { month: month['month'], status: month['status'], inProgramme: month['inProgramme'], held: month['held'], rate: coverage.rate };
      });
      const firstMonth = facilityId === women ? '2024-01' : '2024-02';
      expect(shown).toEqual(months.filter((month) => month >= firstMonth).map((month) => expectedCoverage(facilityId, month)));
    }
  });

  it('the same Idempotency-Key twice: the first reply again, nothing new written', async () => {
    const key = randomUUID();
    const body = { countedOn: '2024-04-30', total: 205, byRegistrationClass: { 'B.I': 150, 'A.I': 55 } };
    const first = await client.call('post', `/facilities/${women}/population-counts`, 'registrar', body, { 'Idempotency-Key': key });
    const before = await facilityEventCount();
    const second = await client.call('post', `/facilities/${women}/population-counts`, 'registrar', body, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    expect(first.body.commandId).toBe(callerCommandId({ id: 'demo-registrar', role: 'registrar' }, key));
    expect(second.status).toBe(201);
    expect(second.body).toEqual({ ...first.body, repeated: true });
    expect(await facilityEventCount()).toBe(before);
  });

  it.each([
    ['a negative count', women, { countedOn: '2024-01-31', total: -1 }, 400, 'total'],
    ['a fractional count', women, { countedOn: '2024-01-31', total: 12.5 }, 400, 'total'],
    ['a negative class count', women, { countedOn: '2024-01-31', total: 10, byRegistrationClass: { 'B.I': -2 } }, 400, 'byRegistrationClass.B.I'],
    ['a malformed date', women, { countedOn: '2024-02-30', total: 10 }, 400, 'countedOn'],
    ['a date after today', women, { countedOn: '2999-01-31', total: 10 }, 422, 'countedOn'],
    ['counts by class above the total', women, { countedOn: '2024-01-31', total: 10, byRegistrationClass: { 'B.I': 11 } }, 422, 'byRegistrationClass'],
    ['an unknown facility', 'lapas-tidak-ada', { countedOn: '2024-01-31', total: 10 }, 404, 'facilityId'],
    ['a facility id in the body', women, { countedOn: '2024-01-31', total: 10, facilityId: men }, 400, 'facilityId'],
  ])('refuses %s, naming the field, and writes nothing', async (_case, facilityId, body, status, path) => {
    const before = await facilityEventCount();
    const response = await client.call('post', `/facilities/${facilityId}/population-counts`, 'registrar', body);
    expect(response.status).toBe(status);
    expect((response.body.errors as { path: string }[]).map((issue) => issue.path)).toContain(path);
    expect(await facilityEventCount()).toBe(before);
  });

  it.each(['viewer', 'caseworker', 'assessor', 'auditor'] as const)('a %s may not record a count (403)', async (role) => {
    const response = await client.call('post', `/facilities/${women}/population-counts`, role, { countedOn: '2024-01-31', total: 10 });
    expect(response.status).toBe(403);
  });

  it.each(['viewer', 'registrar', 'assessor', 'caseworker', 'auditor', 'admin'] as const)('a %s may read coverage', async (role) => {
    expect((await client.call('get', '/coverage', role)).status).toBe(200);
  });

  it('refuses a malformed month, naming the parameter', async () => {
    const response = await client.call('get', '/coverage?from=January', 'viewer');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: 'query.from', rule: 'must be a month YYYY-MM or a date YYYY-MM-DD' }]);
  });

  it('a viewer sees months with fewer than ten people in the programme suppressed', async () => {
    const response = await client.call('get', `/coverage?facility=${women}&from=2024-01&to=2024-02`, 'viewer');
    expect(response.status).toBe(200);
    expect(response.body.facilities[0].months).toEqual([
      { month: '2024-01', measuredOn: '2024-01-31', status: 'counted', suppressed: true, inProgramme: '<10' },
      { month: '2024-02', measuredOn: '2024-02-29', status: 'counted', suppressed: true, inProgramme: '<10' },
    ]);
  });

  it('logs the facility and the actor of a count, no person', () => {
    const handled = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line['command'] === 'RecordFacilityPopulation');
    expect(handled.length).toBeGreaterThan(0);
    expect(Object.keys(handled[0]!).sort()).toEqual(expect.arrayContaining(['actor', 'commandId', 'facilityId', 'result']));
    expect(handled.some((line) => 'participantId' in line)).toBe(false);
  });
});
