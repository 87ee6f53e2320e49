import { createIdempotencyRegistry } from './idempotency-registry';
import { ProblemException } from './problem.exception';
import { problem } from './problem';

const deferred = <A>() => {
  let resolve: (value: A) => void = () => undefined;
  const promise = new Promise<A>((done) => (resolve = done));
  return { promise, resolve };
};

const codeOf = async (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'none',
    (error: unknown) => (error instanceof ProblemException ? error.problem.code : 'not a problem'),
  );

describe('idempotency registry', () => {
  it('gives a concurrent repeat the first reply, running the command once', async () => {
    const registry = createIdempotencyRegistry();
    const gate = deferred<string>();
    let runs = 0;
    const execute = () => {
      runs += 1;
      return gate.promise;
    };
    const first = registry.run('k', 'same', execute);
    const second = registry.run('k', 'same', execute);
    gate.resolve('reply');
    await expect(Promise.all([first, second])).resolves.toEqual([
      { reply: 'reply', replayed: false },
      { reply: 'reply', replayed: true },
    ]);
    await expect(registry.run('k', 'same', execute)).resolves.toEqual({ reply: 'reply', replayed: true });
    expect(runs).toBe(1);
    expect(registry.inFlight()).toBe(0);
  });

  it('remembers a rejection, but lets a revision conflict or a crash be retried', async () => {
    const registry = createIdempotencyRegistry();
    const rejected = new ProblemException(problem(422, 'MODULE_ALREADY_COMPETENT', 'x'));
    await expect(registry.run('a', 'f', () => Promise.reject(rejected))).rejects.toBe(rejected);
    await expect(registry.run('a', 'f', () => Promise.resolve('later'))).rejects.toBe(rejected);
    const conflict = new ProblemException(problem(409, 'REVISION_CONFLICT', 'x'));
    await expect(registry.run('b', 'f', () => Promise.reject(conflict))).rejects.toBe(conflict);
    await expect(registry.run('b', 'f', () => Promise.resolve('retried'))).resolves.toEqual({ reply: 'retried', replayed: false });
    await expect(registry.run('c', 'f', () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    await expect(registry.run('c', 'f', () => Promise.resolve('retried'))).resolves.toEqual({ reply: 'retried', replayed: false });
  });

  it('refuses a different request under a known key', async () => {
    const registry = createIdempotencyRegistry();
    await registry.run('k', 'one', () => Promise.resolve('x'));
    expect(await codeOf(registry.run('k', 'other', () => Promise.resolve('y')))).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('forgets the oldest keys beyond its limits', async () => {
    let clock = 0;
    const registry = createIdempotencyRegistry({ maxRemembered: 2, rememberMs: 100 }, () => clock);
    await registry.run('a', 'f', () => Promise.resolve('first a'));
    await registry.run('b', 'f', () => Promise.resolve('b'));
    await registry.run('c', 'f', () => Promise.resolve('c'));
    await expect(registry.run('a', 'f', () => Promise.resolve('second a'))).resolves.toEqual({ reply: 'second a', replayed: false });
    clock = 500;
    await expect(registry.run('c', 'other', () => Promise.resolve('new c'))).resolves.toEqual({ reply: 'new c', replayed: false });
  });

  it('drains: waits for running commands and refuses new ones', async () => {
    const registry = createIdempotencyRegistry();
    const gate = deferred<string>();
    const running = registry.run('a', 'f', () => gate.promise);
    let drained = false;
    const drain = registry.drain().then(() => (drained = true));
    await Promise.resolve();
    expect(drained).toBe(false);
    expect(await codeOf(registry.run('b', 'f', () => Promise.resolve('late')))).toBe('SHUTTING_DOWN');
    gate.resolve('done');
    await drain;
    await expect(running).resolves.toEqual({ reply: 'done', replayed: false });
  });
});
