import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from './start-binaan';

export interface RunningOidcProvider {
  readonly issuer: string;
  readonly stop: () => Promise<void>;
}

/** A free port on 127.0.0.1, for Binaan whose OIDC redirect URI must name it before it starts. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });

/**
 * The real OpenID Connect provider the API's e2e specs use (oidc-provider, in its own process; see
 * apps/api/src/e2e/support/oidc-provider-server.mjs), with one client and these accounts.
 */
export const startOidcProvider = async (
  client: { readonly id: string; readonly secret: string; readonly redirectUri: string },
  accounts: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): Promise<RunningOidcProvider> => {
  const child = spawn(process.execPath, [join(repoRoot, 'apps', 'api', 'src', 'e2e', 'support', 'oidc-provider-server.mjs')], {
    env: {
      ...process.env,
      OIDC_TEST_REDIRECT_URI: client.redirectUri,
      OIDC_TEST_CLIENT_ID: client.id,
      OIDC_TEST_CLIENT_SECRET: client.secret,
      OIDC_TEST_ACCOUNTS: JSON.stringify(accounts),
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolve((JSON.parse(line) as { issuer: string }).issuer));
    child.once('exit', (code) => reject(new Error(`the OIDC provider exited (${code})`)));
  });
  return {
    issuer,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
