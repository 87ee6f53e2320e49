import { ProblemException } from './problem.exception';
import { problems } from './problems';

type Outcome<Reply> = { readonly ok: true; readonly reply: Reply } | { readonly ok: false; readonly problem: ProblemException };

interface Entry {
  readonly fingerprint: string;
  readonly outcome: Promise<Outcome<unknown>>;
  readonly expiresAt: number;
}

/** A command's reply, and whether it is a repeat's copy of an earlier request's reply. */
export interface Registered<Reply> {
  readonly reply: Reply;
  readonly replayed: boolean;
}

export interface IdempotencyRegistry {
  /**
   * Runs `execute` once per command id, which the API derives from the caller and their Idempotency-Key
   * (caller-command-id.ts), so one user's key is never another's. A repeat while it runs waits for it; a repeat afterwards gets
   * the same reply or the same problem (the event store also recognises accepted commands across
   * restarts). A different request reusing the key gets 422. Revision conflicts and unexpected
   * errors are not remembered: those may be retried under the same key. `fingerprint` is the store's
   * own (ApiRuntime.fingerprintCommand): the registry then calls the same command what the store does,
   * and what it keeps of a command with personal data is keyed.
   */
  readonly run: <Reply>(commandId: string, fingerprint: string, execute: () => Promise<Reply>) => Promise<Registered<Reply>>;
  /** Refuses new commands from now on and resolves once every running one has finished. */
  readonly drain: () => Promise<void>;
  readonly inFlight: () => number;
}

export interface IdempotencyLimits {
  readonly maxRemembered: number;
  readonly rememberMs: number;
}

export const defaultIdempotencyLimits: IdempotencyLimits = { maxRemembered: 10_000, rememberMs: 24 * 60 * 60 * 1000 };

const isRemembered = (problem: ProblemException): boolean => problem.problem.status < 500 && problem.problem.code !== 'REVISION_CONFLICT';

export const createIdempotencyRegistry = (limits = defaultIdempotencyLimits, now: () => number = Date.now): IdempotencyRegistry => {
  const entries = new Map<string, Entry>();
  const running = new Set<Promise<unknown>>();
  let draining = false;

  const forget = (commandId: string, entry: Entry) => {
    if (entries.get(commandId) === entry) entries.delete(commandId);
  };

  const remember = (commandId: string, fingerprint: string, execute: () => Promise<unknown>): Entry => {
    const outcome: Promise<Outcome<unknown>> = execute().then(
      (reply) => ({ ok: true, reply }),
      (error: unknown) => {
        if (error instanceof ProblemException && isRemembered(error)) return { ok: false, problem: error };
        forget(commandId, entry);
        throw error;
      },
    );
    const entry: Entry = { fingerprint, outcome, expiresAt: now() + limits.rememberMs };
    entries.set(commandId, entry);
    const settled = outcome.catch(() => undefined).finally(() => running.delete(settled));
    running.add(settled);
    for (const [oldest, oldestEntry] of entries) {
      if (entries.size <= limits.maxRemembered && oldestEntry.expiresAt > now()) break;
      entries.delete(oldest);
    }
    return entry;
  };

  return {
    run: async <Reply>(commandId: string, fingerprint: string, execute: () => Promise<Reply>): Promise<Registered<Reply>> => {
      const known = entries.get(commandId);
      const entry = known !== undefined && known.expiresAt > now() ? known : undefined;
      if (entry !== undefined && entry.fingerprint !== fingerprint) throw new ProblemException(problems.idempotencyKeyReused());
      if (entry === undefined && draining) throw new ProblemException(problems.shuttingDown());
      const outcome = await (entry ?? remember(commandId, fingerprint, execute)).outcome;
      if (outcome.ok) return { reply: outcome.reply as Reply, replayed: entry !== undefined };
      throw outcome.problem;
    },
    drain: async () => {
      draining = true;
      await Promise.all([...running]);
    },
    inFlight: () => running.size,
  };
};
