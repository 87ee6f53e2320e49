import { randomUUID } from 'node:crypto';
import { enrolmentBody } from './support/bodies';
import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { httpClient } from './support/http-client';
import { runPool } from './support/run-pool';
import { seededRandom, type SeededRandom } from '@binaan/demo-seed';

const clients = 50;
const commands = 2_000;
const participants = 40;
const modules = ['sulam-dasar', 'sulam-lanjutan', 'pengembangan-usaha', 'pemasaran-penjualan', 'pendanaan-usaha'];

interface Command {
  readonly key: string;
  readonly path: string;
  readonly body: unknown;
}

const followUpOn = (day: number) => ({
  contactedOn: `2023-${String(7 + Math.floor(day / 28)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`,
  channel: 'phone',
  outcome: day % 3 === 0 ? 'not_reached' : 'reached',
  ...(day % 3 === 0 ? { notReachedReason: 'no_answer' } : { employment: { status: 'informal', usesTrainedSkill: day % 2 === 0, incomeBand: 'below_500k' } }),
  needs: [],
  referrals: [],
});

/** A realistic mix: follow-ups, assessments (some breaking rules) and new enrolments, in a seeded order. */
const plannedCommands = (participantIds: readonly string[], random: SeededRandom): readonly Command[] =>
  Array.from({ length: commands }, (): Command => {
    const participantId = participantIds[random.integer(0, participantIds.length - 1)]!;
    const kind = random.integer(1, 100);
    if (kind <= 65) return { key: randomUUID(), path: `/participants/${participantId}/follow-ups`, body: followUpOn(random.integer(0, 150)) };
    if (kind <= 88) {
      const module = modules[random.integer(0, modules.length - 1)]!;
      const result = random.integer(0, 2) === 0 ? 'not_yet_competent' : 'competent';
      return { key: randomUUID(), path: `/participants/${participantId}/modules/${module}/assessments`, body: { result, assessedOn: '2023-03-01' } };
    }
    return { key: randomUUID(), path: '/participants', body: enrolmentBody() };
  });

/** Every tenth command is sent again under the same key, at a random later place: some while it runs, some after. */
const withRepeats = (planned: readonly Command[], random: SeededRandom): readonly Command[] => {
  const sent = [...planned];
  for (let index = 0; index < planned.length; index += 10) {
    const at = random.integer(index + 1, sent.length);
    sent.splice(at, 0, planned[index]!);
  }
  return sent;
};

describe('idempotency and concurrency over HTTP', () => {
  let api: ApiUnderTest;
  let participantIds: readonly string[];

  beforeAll(async () => {
    api = await startApiUnderTest();
    const client = httpClient(api);
    participantIds = await runPool(Array.from({ length: participants }), 8, () => client.released());
  });
  afterAll(() => api.close());

  it(`${clients} clients, ${commands} commands plus repeats: events = accepted distinct commands`, async () => {
    const random = seededRandom(2019);
    const planned = plannedCommands(participantIds, random);
    const sent = withRepeats(planned, random);
    const token = api.token('admin');
    const before = await api.participantEventCount();

    const post = (command: Command) =>
      fetch(`${api.baseUrl}${command.path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': command.key },
        body: JSON.stringify(command.body),
      });
    // What a client with an Idempotency-Key does when the connection fails: send the same request again.
    const postRetrying = async (command: Command, attempts = 3): Promise<Response> => {
      try {
        return await post(command);
      } catch (error) {
        if (attempts <= 1) throw error;
        return postRetrying(command, attempts - 1);
      }
    };
    const replies = await runPool(sent, clients, async (command) => {
      const response = await postRetrying(command);
      return { key: command.key, status: response.status, body: (await response.json()) as Record<string, unknown> };
    });

    expect(replies.filter((reply) => reply.status >= 500)).toEqual([]);
    expect([...new Set(replies.map((reply) => reply.status))].sort()).toEqual(expect.arrayContaining([201, 422]));
    const acceptedKeys = new Set(replies.filter((reply) => reply.status === 201).map((reply) => reply.key));
    const repliesByKey = new Map<string, typeof replies>();
    for (const reply of replies) repliesByKey.set(reply.key, [...(repliesByKey.get(reply.key) ?? []), reply]);
    for (const [, sameKey] of repliesByKey) {
      const [first, ...repeats] = sameKey;
      for (const repeat of repeats) {
        expect(repeat.status).toBe(first!.status);
        if (repeat.status === 201) expect({ ...repeat.body, repeated: null }).toEqual({ ...first!.body, repeated: null });
      }
    }
    expect(replies.some((reply) => reply.status === 201 && reply.body['repeated'] === true)).toBe(true);

    const after = await api.participantEventCount();
    expect(after - before).toBe(acceptedKeys.size);
    const commandIds: string[] = [];
    for await (const event of api.runtime.store.readAll({ filter: { streamPrefixes: ['participant-'] } })) {
      commandIds.push(String(event.metadata['commandId']));
    }
    expect(new Set(commandIds).size).toBe(commandIds.length);
  });
});
