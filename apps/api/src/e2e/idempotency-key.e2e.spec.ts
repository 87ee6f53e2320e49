import { randomUUID } from 'node:crypto';
import type { Role } from '../auth/role';
import { assessmentBody, enrolmentBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';

interface Sent {
  readonly role: Role;
  readonly body: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A request, then a second one under the same Idempotency-Key, and what the second one must get. */
interface KeyReuse {
  readonly name: string;
  /** The participant for an assessment, enrolled first; none for an enrolment. */
  readonly assessed: boolean;
  readonly first: Sent;
  readonly second: Sent;
  readonly answer: string;
}

const reversed = (body: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> =>
  Object.fromEntries(
    Object.entries(body)
      .reverse()
      .map(([key, value]) => [key, typeof value === 'object' && value !== null && !Array.isArray(value) ? reversed(value as Record<string, unknown>) : value]),
  );

const enrolmentReuse = (name: string, second: (first: Sent) => Sent, answer: string): KeyReuse => {
  const first: Sent = { role: 'registrar', body: enrolmentBody() };
  return { name, assessed: false, first, second: second(first), answer };
};

const assessmentReuse = (name: string, second: (first: Sent) => Sent, answer: string): KeyReuse => {
  const first: Sent = { role: 'assessor', body: assessmentBody('competent') };
  return { name, assessed: true, first, second: second(first), answer };
};

const repeated = '201 repeated';
const reused = '422 IDEMPOTENCY_KEY_REUSED';

// An enrolment holds personal data (its fingerprint is keyed); an assessment does not (plain SHA-256).
const reuses: readonly KeyReuse[] = [
  enrolmentReuse('enrolment: the same request', (first) => first, repeated),
  // Another user's request under the key is their own command (idempotency-key-owner.e2e.spec.ts): the record's rules answer it.
  enrolmentReuse('enrolment: the same body from another user', (first) => ({ ...first, role: 'admin' }), '422 PERSON_ALREADY_ENROLLED_IN_PROGRAMME'),
  enrolmentReuse('enrolment: another body', (first) => ({ ...first, body: { ...first.body, enrolledOn: '2023-01-11' } }), reused),
  enrolmentReuse('enrolment: the same fields in another order', (first) => ({ ...first, body: reversed(first.body) }), repeated),
  enrolmentReuse(
    'enrolment: the same body with another correlation id',
    (first) => ({ ...first, headers: { 'X-Correlation-Id': randomUUID() } }),
    repeated,
  ),
  assessmentReuse('assessment: the same request', (first) => first, repeated),
  assessmentReuse('assessment: the same body from another user', (first) => ({ ...first, role: 'admin' }), '422 MODULE_ALREADY_COMPETENT'),
  assessmentReuse('assessment: another body', (first) => ({ ...first, body: assessmentBody('not_yet_competent') }), reused),
];

const answerOf = (response: { readonly status: number; readonly body: Readonly<Record<string, unknown>> }): string =>
  response.status === 201 ? `201 ${response.body['repeated'] === true ? 'repeated' : 'new'}` : `${response.status} ${String(response.body['code'])}`;

/**
 * The API's idempotency registry answers a reused key while it remembers it; after a restart only the
 * event store does. Both must call the same requests the same command, so every answer is given twice.
 */
describe('an Idempotency-Key means the same to the API as to the event store', () => {
  let running: ApiUnderTest | undefined;
  afterAll(() => running?.close());

  it('a second request under a used key gets the same answer from the registry and, after a restart, from the store', async () => {
    const api = await startApiUnderTest();
    running = api;
    const client = httpClient(api);
    const planned = await Promise.all(
      reuses.map(async (reuse) => {
        const key = randomUUID();
        const path = reuse.assessed ? `/participants/${await client.enrolled()}/modules/sulam-dasar/assessments` : '/participants';
        const first = await client.call('post', path, reuse.first.role, reuse.first.body, { ...reuse.first.headers, 'Idempotency-Key': key });
        expect([reuse.name, first.status]).toEqual([reuse.name, 201]);
        return { reuse, path, key };
      }),
    );
    const secondAnswers = (under: ApiUnderTest) =>
      Promise.all(
        planned.map(async ({ reuse, path, key }) => {
          const { role, body, headers } = reuse.second;
          return [reuse.name, answerOf(await httpClient(under).call('post', path, role, body, { ...headers, 'Idempotency-Key': key }))];
        }),
      );
    const expected = reuses.map((reuse) => [reuse.name, reuse.answer]);

    expect(await secondAnswers(api)).toEqual(expected);
    running = undefined;
    await api.close({ keepData: true });
    const restarted = await startApiUnderTest({ dataDir: api.dataDir });
    running = restarted;
    expect(await secondAnswers(restarted)).toEqual(expected);
  });
});
