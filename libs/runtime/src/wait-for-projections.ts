import type { ProjectionRunner } from '@binaan/projections';

const POLL_MS = 10;

export class ProjectionsBehindError extends Error {
  constructor(readonly position: bigint, readonly reason: string) {
    super(`projections did not reach position ${position}: ${reason}`);
  }
}

export const waitForProjections = async (runner: ProjectionRunner, position: bigint, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const statuses = await runner.status();
    const failed = statuses.find((status) => status.failure !== null);
    if (failed?.failure) throw new ProjectionsBehindError(position, `${failed.name} failed at ${failed.failure.position}: ${failed.failure.message}`);
    if (statuses.every((status) => status.position !== null && status.position >= position)) return;
    if (Date.now() > deadline) throw new ProjectionsBehindError(position, `timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
};
