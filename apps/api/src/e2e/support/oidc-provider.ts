import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const OIDC_TEST_CLIENT_ID = 'binaan-e2e';
export const OIDC_TEST_CLIENT_SECRET = 'binaan-e2e-client-secret-0123456789abcdef';

export interface OidcProviderUnderTest {
  readonly issuer: string;
  /** How the token endpoint hands out ID tokens from now on. */
  readonly idTokenMode: (mode: 'honest' | 'tampered' | 'forged') => Promise<void>;
  readonly stop: () => Promise<void>;
}

/** A free port on 127.0.0.1, for a server whose address must be known before it starts. */
export const freePort = async (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

/** Starts the real provider (support/oidc-provider-server.mjs) in a child process with these accounts. */
export const startOidcProvider = async (redirectUri: string, accounts: Readonly<Record<string, Readonly<Record<string, unknown>>>>): Promise<OidcProviderUnderTest> => {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider-server.mjs')], {
    env: {
      ...process.env,
      OIDC_TEST_REDIRECT_URI: redirectUri,
      OIDC_TEST_CLIENT_ID,
      OIDC_TEST_CLIENT_SECRET,
      OIDC_TEST_ACCOUNTS: JSON.stringify(accounts),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString('utf8')));
  const issuer = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => resolve((JSON.parse(line) as { issuer: string }).issuer));
    child.once('exit', (code) => reject(new Error(`the OIDC provider exited (${code}): ${errors.join('')}`)));
  });
  return {
    issuer,
    idTokenMode: async (mode) => {
      const response = await fetch(`${issuer}/test/id-token-mode?mode=${mode}`, { method: 'POST' });
      if (!response.ok) throw new Error(`id-token-mode: ${response.status}`);
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};

/** A cookie jar for one user agent and one host: name -> value, as Set-Cookie last left it. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0\b/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

const formOf = (html: string): { readonly action: string; readonly prompt: string } => {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
  if (action === undefined || prompt === undefined) throw new Error(`no interaction form in: ${html.slice(0, 300)}`);
  return { action: action.replace(/&amp;/g, '&'), prompt };
};

/**
 * Plays the person at the provider: follows its redirects from `authorizationUrl`, signs in as `login`
 * on its login form and confirms on its consent form, until it sends the browser to `redirectUri`;
 * answers that address (the callback with code and state), not yet requested.
 */
export const signInAtProvider = async (authorizationUrl: string, login: string, redirectUri: string): Promise<string> => {
  const jar = new CookieJar();
  let next = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step += 1) {
    if (next.startsWith(redirectUri)) return next;
    const response = await fetch(next, {
      method: body === undefined ? 'GET' : 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }) },
      ...(body === undefined ? {} : { body }),
    });
    jar.take(response);
    body = undefined;
    const location = response.headers.get('location');
    if (location !== null) {
      next = new URL(location, next).toString();
      continue;
    }
    if (response.status !== 200) throw new Error(`the provider answered ${response.status} at ${next}: ${await response.text()}`);
    const form = formOf(await response.text());
    next = new URL(form.action, next).toString();
    body = new URLSearchParams(form.prompt === 'login' ? { prompt: 'login', login, password: 'any' } : { prompt: form.prompt });
  }
  throw new Error('the provider did not send the browser back');
};
