import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binaanEventSchema } from '@binaan/command-handling';
import type { RecordedEvent } from '@binaan/event-store';
import { createEsdbEventStore } from '@binaan/event-store-esdb';
import { createPostgresReadModelStore, createProjectionRunner, defaultProjections, readModelNames, readModelRows } from '@binaan/projections';
import { spawnBinaan } from '../cli/support/spawn-binaan';
import { startEsdbClusterStandIn, type EsdbClusterStandIn } from '../esdb-standin';
import { createScratchDatabase, dropSchema, pgUrl, uniqueSchemaName, type ScratchDatabase } from '../projections/support/postgres';
import { w1Command, W1_COMMANDS_PER_PARTICIPANT } from '../support/w1-commands';
import { eventually, type WatchedProcess } from './support/child-process-output';
import { projectionPositions, startApiProcess, startProjectionWorker, type ApiProcess } from './support/binaan-processes';

const CLIENTS = 50;
const PARTICIPANTS_PER_CLIENT = 4;
const PARTICIPANTS = CLIENTS * PARTICIPANTS_PER_CLIENT;
/** Every third request is sent again, under the same Idempotency-Key, to the other API process. */
const REPEAT_EVERY = 3;
/** The active projection worker is killed once this many commands have been accepted. */
const KILL_WORKER_AFTER = Math.floor((PARTICIPANTS * W1_COMMANDS_PER_PARTICIPANT) / 2);

const PASSWORD = 'benang-emas-lapas-2019-uji';
const staff = [
  { id: 'registrar.nasional', role: 'registrar' },
  { id: 'assessor.nasional', role: 'assessor' },
  { id: 'caseworker.nasional', role: 'caseworker' },
] as const;
type StaffRole = (typeof staff)[number]['role'];

/** Who records each W1 step, and where: the API route and the body, without the participant (in the path). */
const w1Request = (n: number, participantId: string | undefined, step: number): { role: StaffRole; path: string; body: Record<string, unknown> } => {
  const { type, participantId: _id, moduleId, ...body } = w1Command(n, participantId ?? 'not-yet', step) as unknown as Record<string, unknown>;
  switch (type) {
    case 'EnrollInmate':
      return { role: 'registrar', path: '/participants', body };
    case 'CompleteModule':
      return { role: 'assessor', path: `/participants/${participantId}/modules/${String(moduleId)}/assessments`, body };
    case 'RecordRelease':
      return { role: 'registrar', path: `/participants/${participantId}/release`, body };
    default:
      return { role: 'caseworker', path: `/participants/${participantId}/follow-ups`, body };
  }
};

interface Reply {
  readonly status: number;
  readonly body: { readonly participantId?: string; readonly commandId?: string; readonly repeated?: boolean; readonly code?: string };
}

const post = async (api: ApiProcess, token: string, path: string, body: unknown, idempotencyKey: string): Promise<Reply> => {
  const response = await fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Reply['body'] };
};

const tokenFrom = async (api: ApiProcess, username: string): Promise<string> => {
  const response = await fetch(`${api.url}/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`POST /auth/token for ${username}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
};

describe('the national topology on one machine: a three-node EventStoreDB cluster, two API processes, two projection workers, PostgreSQL', () => {
  // A folder per process, as on machines of their own: nothing that matters may be kept only there.
  const root = mkdtempSync(join(tmpdir(), 'binaan-national-'));
  const dataDirOf = (name: string) => join(root, name);
  let cluster: EsdbClusterStandIn | undefined;
  let database: ScratchDatabase | undefined;
  const processes: WatchedProcess[] = [];

  afterAll(async () => {
    for (const running of processes) running.child.kill('SIGKILL');
    await Promise.all(processes.map((running) => running.exited()));
    await cluster?.stop();
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it('50 clients with repeated Idempotency-Keys on either API, the active worker killed mid-way: exact event counts, read models equal a clean rebuild', async () => {
    cluster = await startEsdbClusterStandIn();
    database = await createScratchDatabase('national');
    const env = {
      ESDB_URL: cluster.connectionString,
      PG_URL: database.url,
      BINAAN_MASTER_KEY: randomBytes(32).toString('hex'),
      BINAAN_JWT_SECRET: randomBytes(32).toString('hex'),
    };

    // The accounts are added once, by an operator's CLI with PG_URL: both API processes find them in PostgreSQL.
    for (const { id, role } of staff) {
      const added = await spawnBinaan(['users', 'add', id, '--name', id, '--role', role, '--national', '--password', PASSWORD, '--store', `sqlite:${dataDirOf('operator')}`], {
        PG_URL: env.PG_URL,
        BINAAN_ACTOR: 'cli:operator',
      });
      expect([id, added.code, added.stderr]).toEqual([id, 0, '']);
    }

    const apis = await Promise.all(['api-1', 'api-2'].map((name) => startApiProcess(dataDirOf(name), env, ['--projections', 'off'])));
    processes.push(...apis);
    const active = startProjectionWorker(dataDirOf('worker-1'), env);
    processes.push(active);
    await active.printed('projection worker running');
    const standby = startProjectionWorker(dataDirOf('worker-2'), env);
    processes.push(standby);
    await standby.printed('standing by');

    // Signed in on one API process, the tokens are honoured by the other: the secret is shared, the accounts are in PostgreSQL.
    const tokens = new Map<StaffRole, string>();
    for (const { id, role } of staff) tokens.set(role, await tokenFrom(apis[0]!, id));

    let accepted = 0;
    let killed: Promise<number | null> | undefined;
    const repeats: { readonly first: Reply; readonly again: Reply }[] = [];
    const unexpected: string[] = [];

    const client = async (c: number): Promise<void> => {
      for (let p = 0; p < PARTICIPANTS_PER_CLIENT; p += 1) {
        const n = 2_000 + c * PARTICIPANTS_PER_CLIENT + p;
        let participantId: string | undefined;
        for (let step = 0; step < W1_COMMANDS_PER_PARTICIPANT; step += 1) {
          const request = w1Request(n, participantId, step);
          const key = randomUUID();
          const sequence = c * 1_000 + p * W1_COMMANDS_PER_PARTICIPANT + step;
          const api = apis[sequence % 2]!;
          const first = await post(api, tokens.get(request.role)!, request.path, request.body, key);
          if (first.status === 201) accepted += 1;
          else unexpected.push(`${request.path}: ${first.status} ${JSON.stringify(first.body)}`);
          participantId ??= first.body.participantId;
          if (accepted === KILL_WORKER_AFTER) {
            active.child.kill('SIGKILL');
            killed = active.exited();
          }
          if (sequence % REPEAT_EVERY === 0) {
            const other = apis[(sequence + 1) % 2]!;
            repeats.push({ first, again: await post(other, tokens.get(request.role)!, request.path, request.body, key) });
          }
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));

    expect(unexpected).toEqual([]);
    expect(accepted).toBe(PARTICIPANTS * W1_COMMANDS_PER_PARTICIPANT);
    // A repeat on the other process is recognised from the store: the same command, the same participant, nothing new.
    expect(repeats.length).toBeGreaterThan(500);
    for (const { first, again } of repeats) {
      expect({ status: again.status, commandId: again.body.commandId, participantId: again.body.participantId, repeated: again.body.repeated }).toEqual({
        status: 201,
        commandId: first.body.commandId,
        participantId: first.body.participantId,
        repeated: true,
      });
    }

    // Exactly one event per command (and one reservation per person) in the cluster's log.
    const events: RecordedEvent[] = [];
    const reader = createEsdbEventStore({ connectionString: cluster.connectionString, schema: binaanEventSchema });
    try {
      for await (const event of reader.readAll()) events.push(event);
      const countOf = (prefix: string) => events.filter((event) => event.streamName.startsWith(prefix)).length;
      expect({ participant: countOf('participant-'), reservation: countOf('enrolment-reservation-') }).toEqual({
        participant: PARTICIPANTS * W1_COMMANDS_PER_PARTICIPANT,
        reservation: PARTICIPANTS,
      });
      expect(new Set(events.map((event) => event.id)).size).toBe(events.length);

      // The standby took the lease when the active worker died, and brought every projection to the head.
      expect(await killed).toBeNull();
      await standby.printed('projection worker running');
      const head = String(events[events.length - 1]!.position);
      await eventually(async () => {
        const positions = await projectionPositions(database!.url);
        return positions.length === defaultProjections().length && positions.every((row) => row.position === head);
      }, `every projection reached position ${head}`);

      const schema = uniqueSchemaName('national_clean');
      const clean = await createPostgresReadModelStore({ connectionString: pgUrl, schema });
      const projected = await createPostgresReadModelStore({ connectionString: database.url });
      try {
        await createProjectionRunner({ eventStore: reader, readModels: clean, projections: defaultProjections() }).catchUp();
        for (const name of readModelNames) {
          expect({ name, rows: await readModelRows(projected, name) }).toEqual({ name, rows: await readModelRows(clean, name) });
        }
        expect(await readModelRows(projected, 'audit_log')).toHaveLength(events.length);
      } finally {
        await clean.close();
        await projected.close();
        await dropSchema(schema);
      }
    } finally {
      await reader.close();
    }

    // Both API processes answer the dashboards' figures from the same read models.
    const outcomes = await Promise.all(
      apis.map(async (api) => (await fetch(`${api.url}/outcomes`, { headers: { Authorization: `Bearer ${tokens.get('registrar')!}` } })).json()),
    );
    expect(outcomes[1]).toEqual(outcomes[0]);

    // An account disabled once is refused by every API process from the next request.
    const disabled = await spawnBinaan(['users', 'disable', 'caseworker.nasional', '--store', `sqlite:${dataDirOf('operator')}`], {
      PG_URL: env.PG_URL,
      BINAAN_ACTOR: 'cli:operator',
    });
    expect(disabled.code).toBe(0);
    const statuses = await Promise.all(
      apis.map(async (api) => (await fetch(`${api.url}/follow-ups/due`, { headers: { Authorization: `Bearer ${tokens.get('caseworker')!}` } })).status),
    );
    expect(statuses).toEqual([401, 401]);
  }, 600_000);
});
