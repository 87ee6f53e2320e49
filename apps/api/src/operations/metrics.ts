import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type CommandResult = 'accepted' | 'repeated' | 'rejected' | 'conflict' | 'invalid';

export interface ProjectionLag {
  readonly projection: string;
  readonly events: number;
  readonly seconds: number;
}

/** Records of the event store's `$all` that are not Binaan's, passed over, by reason; null when the store has none. */
export interface SkippedStoreRecords {
  readonly system: number;
  readonly links: number;
  readonly foreign: number;
}

export interface ApiMetrics {
  readonly registry: Registry;
  readonly countCommand: (command: string, result: CommandResult) => void;
  readonly observeRequest: (method: string, route: string, status: number, seconds: number) => void;
}

/**
 * The API's Prometheus metrics, in a registry of its own so several apps in one process (tests)
 * do not collide. Projection lag is read from the runtime at scrape time.
 */
export const createApiMetrics = (
  readProjectionLag: () => Promise<readonly ProjectionLag[]>,
  readSkippedRecords: () => Promise<SkippedStoreRecords | null> = () => Promise.resolve(null),
): ApiMetrics => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'binaan_' });
  const commands = new Counter({
    name: 'binaan_commands_total',
    help: 'Commands received over HTTP, by command and result',
    labelNames: ['command', 'result'] as const,
    registers: [registry],
  });
  const requests = new Histogram({
    name: 'binaan_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new Gauge({
    name: 'binaan_projection_lag_events',
    help: 'Events in the store that a projection has not applied yet',
    labelNames: ['projection'] as const,
    registers: [registry],
    async collect() {
      for (const lag of await readProjectionLag()) this.set({ projection: lag.projection }, lag.events);
    },
  });
  new Gauge({
    name: 'binaan_projection_lag_seconds',
    help: 'Age of the oldest event a projection has not applied yet',
    labelNames: ['projection'] as const,
    registers: [registry],
    async collect() {
      for (const lag of await readProjectionLag()) this.set({ projection: lag.projection }, lag.seconds);
    },
  });
  new Gauge({
    name: 'binaan_event_store_skipped_records',
    help: "Records of the event store's $all passed over as not Binaan's since the API started, by reason (system, links, foreign); EventStoreDB only",
    labelNames: ['reason'] as const,
    registers: [registry],
    async collect() {
      const skipped = await readSkippedRecords();
      if (skipped === null) return;
      for (const reason of ['system', 'links', 'foreign'] as const) this.set({ reason }, skipped[reason]);
    },
  });
  return {
    registry,
    countCommand: (command, result) => commands.inc({ command, result }),
    observeRequest: (method, route, status, seconds) => requests.observe({ method, route, status: String(status) }, seconds),
  };
};
