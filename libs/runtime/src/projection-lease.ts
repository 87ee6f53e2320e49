import { createHash } from 'node:crypto';
import { Client } from 'pg';

/** The lease a projection worker holds while it is the active one; released by `release` or by its connection dying. */
export interface ProjectionLease {
  release(): Promise<void>;
}

export interface ProjectionLeaseOptions {
  /** The PostgreSQL database the read models live in: the lease is taken there, where the writes go. */
  readonly connectionString: string;
  /** Names the lease, so that workers of different deployments on one server do not exclude each other. Default `binaan-projections`. */
  readonly name?: string;
  /** How often a standby asks again. Default 1 s. */
  readonly pollMs?: number;
  /** Called once when the lease is held by another worker and this one starts to wait. */
  readonly onStandby?: () => void;
  /** Gives up waiting (rejects) when it aborts, e.g. on SIGTERM of a standby. */
  readonly signal?: AbortSignal;
}

/** A 64-bit advisory-lock key from the lease's name (PostgreSQL's advisory locks take a bigint). */
export const leaseKeyOf = (name: string): string => createHash('sha256').update(name).digest().readBigInt64BE(0).toString();

const delay = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('gave up waiting for the projection lease'));
    }, { once: true });
  });

/**
 * Exactly one active projection worker per deployment: a session-level advisory lock in PostgreSQL,
 * held on a connection of its own for as long as the worker runs. A standby asks again until it gets
 * it. When the active worker dies, the server ends its session and the lock goes with it, so a
 * standby takes over without anyone releasing anything; there is no lease timer to tune.
 */
export const acquireProjectionLease = async (options: ProjectionLeaseOptions): Promise<ProjectionLease> => {
  const key = leaseKeyOf(options.name ?? 'binaan-projections');
  const client = new Client({ connectionString: options.connectionString, application_name: 'binaan-projection-lease' });
  await client.connect();
  // A dropped lease connection means another worker may already be active: stop rather than write alongside it.
  client.on('error', () => {
    process.stderr.write('binaan projection worker: the connection holding the projection lease was lost; exiting\n');
    process.exit(75);
  });
  let announced = false;
  try {
    for (;;) {
      const { rows } = await client.query<{ held: boolean }>('select pg_try_advisory_lock($1::bigint) as held', [key]);
      if (rows[0]?.held === true) break;
      if (!announced) {
        announced = true;
        options.onStandby?.();
      }
      await delay(options.pollMs ?? 1_000, options.signal);
    }
  } catch (error) {
    await client.end();
    throw error;
  }
  return {
    release: async () => {
      client.removeAllListeners('error');
      await client.query('select pg_advisory_unlock($1::bigint)', [key]);
      await client.end();
    },
  };
};
