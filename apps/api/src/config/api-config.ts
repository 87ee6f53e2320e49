import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DEMO_PARTICIPANTS } from '@binaan/demo-seed';
import { ConfigError } from './config-error';
import { readOidcConfig, type OidcConfig } from './oidc-config';

export const projectionModes = ['in-process', 'worker', 'off'] as const;
export type ProjectionMode = (typeof projectionModes)[number];

export interface ApiConfig {
  readonly host: string;
  readonly port: number;
  /** Holds the SQLite files, the generated JWT secret and master key. */
  readonly dataDir: string;
  readonly projections: ProjectionMode;
  readonly esdbUrl: string | undefined;
  readonly pgUrl: string | undefined;
  /** BINAAN_ANCHOR_DIR: where the operator keeps anchors; the start banner names the newest. */
  readonly anchorDir: string | undefined;
  /** PG_READ_URL: a read replica for the report queries. */
  readonly pgReadUrl: string | undefined;
  readonly jwtSecret: string | undefined;
  /** BINAAN_TOKEN_LIFETIME: how long a token from POST /auth/token lives (`8h`, `30m`, `7d`; at most 30 days). */
  readonly tokenLifetime: string;
  /** BINAAN_SESSION_IDLE_MINUTES: a web session unused for this long ends (default 30). */
  readonly sessionIdleMinutes: number;
  /** BINAAN_SESSION_ABSOLUTE_HOURS: a web session ends this long after sign-in (default 12). */
  readonly sessionAbsoluteHours: number;
  /** Seed the demo programme when the store is empty. */
  readonly seedDemo: boolean;
  readonly demoParticipants: number;
  readonly logLevel: string;
  /** BINAAN_PUBLIC_URL: where browsers reach the API (behind a proxy, its https address); http://<host>:<port> unless set. */
  readonly publicUrl: string;
  /** OIDC_ISSUER and friends: OpenID Connect sign-in, or undefined when it is off. */
  readonly oidc: OidcConfig | undefined;
}

export { ConfigError } from './config-error';

const oneOfModes = (value: string, source: string): ProjectionMode => {
  const mode = projectionModes.find((candidate) => candidate === value);
  if (mode === undefined) throw new ConfigError(`${source} must be one of ${projectionModes.join(', ')}`);
  return mode;
};

const portFrom = (value: string, source: string): number => {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError(`${source} must be a port number 0-65535`);
  return port;
};

const countFrom = (value: string): number => {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new ConfigError('--demo-participants must be a whole number from 1 to 100000');
  return count;
};

const lifetimeFrom = (value: string): string => {
  const match = /^(\d{1,4})(m|h|d)$/.exec(value);
  const minutes = match === null ? 0 : Number(match[1]) * { m: 1, h: 60, d: 1440 }[match[2] as 'm' | 'h' | 'd'];
  if (minutes < 1 || minutes > 30 * 1440) throw new ConfigError('BINAAN_TOKEN_LIFETIME must be minutes, hours or days (e.g. 30m, 8h, 7d), at most 30 days');
  return value;
};

const wholeFrom = (value: string, source: string, max: number): number => {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > max) throw new ConfigError(`${source} must be a whole number from 1 to ${max}`);
  return count;
};

const publicUrlFrom = (value: string): string => {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url === undefined || !['http:', 'https:'].includes(url.protocol) || url.search !== '' || url.hash !== '') {
    throw new ConfigError('BINAAN_PUBLIC_URL must be an http(s) URL without query or fragment, e.g. https://binaan.example.go.id');
  }
  return value.replace(/\/$/, '');
};

const nonEmpty = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);

/** Command-line flags win over environment variables, which win over the embedded defaults. */
export const readApiConfig = (argv: readonly string[], env: NodeJS.ProcessEnv): ApiConfig => {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      projections: { type: 'string' },
      'no-seed': { type: 'boolean' },
      'demo-participants': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const host = values.host ?? env['HOST'] ?? '127.0.0.1';
  const port = values.port !== undefined ? portFrom(values.port, '--port') : portFrom(env['PORT'] ?? '3000', 'PORT');
  const publicUrl = publicUrlFrom(nonEmpty(env['BINAAN_PUBLIC_URL']) ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`);
  return {
    host,
    port,
    dataDir: resolve(values['data-dir'] ?? nonEmpty(env['BINAAN_DATA_DIR']) ?? 'data'),
    projections:
      values.projections !== undefined
        ? oneOfModes(values.projections, '--projections')
        : oneOfModes(env['BINAAN_PROJECTIONS'] ?? 'in-process', 'BINAAN_PROJECTIONS'),
    esdbUrl: nonEmpty(env['ESDB_URL']),
    pgUrl: nonEmpty(env['PG_URL']),
    pgReadUrl: nonEmpty(env['PG_READ_URL']),
    anchorDir: nonEmpty(env['BINAAN_ANCHOR_DIR']),
    jwtSecret: nonEmpty(env['BINAAN_JWT_SECRET']),
    tokenLifetime: lifetimeFrom(nonEmpty(env['BINAAN_TOKEN_LIFETIME']) ?? '8h'),
    sessionIdleMinutes: wholeFrom(nonEmpty(env['BINAAN_SESSION_IDLE_MINUTES']) ?? '30', 'BINAAN_SESSION_IDLE_MINUTES', 24 * 60),
    sessionAbsoluteHours: wholeFrom(nonEmpty(env['BINAAN_SESSION_ABSOLUTE_HOURS']) ?? '12', 'BINAAN_SESSION_ABSOLUTE_HOURS', 30 * 24),
    seedDemo: values['no-seed'] !== true && env['BINAAN_SEED_DEMO'] !== 'false',
    demoParticipants: countFrom(values['demo-participants'] ?? env['BINAAN_DEMO_PARTICIPANTS'] ?? String(DEFAULT_DEMO_PARTICIPANTS)),
    logLevel: env['LOG_LEVEL'] ?? 'info',
    publicUrl,
    oidc: readOidcConfig(env, publicUrl),
  };
};
