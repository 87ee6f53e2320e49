// A real OpenID Connect provider (oidc-provider, ESM-only, hence this script in its own process) for the
// API's OIDC tests. Configured by the environment:
//   OIDC_TEST_REDIRECT_URI  the one redirect URI of its one client
//   OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET
//   OIDC_TEST_ACCOUNTS      JSON: login name -> the claims that account has (beside sub)
// It listens on a free port of 127.0.0.1 and prints one JSON line, {"issuer": "..."}, once it is ready.
// Its dev interactions (a login form that takes any password, then a consent form) are driven over HTTP.
// POST /test/id-token-mode?mode=honest|tampered|forged makes the token endpoint hand out the ID token as
// issued, with a changed payload (its signature no longer matches), or re-signed with a key of its own.
import { createServer } from 'node:http';
import { generateKeyPair, SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import Provider from 'oidc-provider';

const env = (name) => {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} must be set`);
  return value;
};

const accounts = JSON.parse(env('OIDC_TEST_ACCOUNTS'));
const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: env('OIDC_TEST_CLIENT_ID'),
      client_secret: env('OIDC_TEST_CLIENT_SECRET'),
      redirect_uris: [env('OIDC_TEST_REDIRECT_URI')],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: {
    openid: ['sub'],
    profile: ['name', 'preferred_username'],
    binaan: ['binaan_role', 'binaan_facilities', 'binaan_programmes'],
  },
  scopes: ['openid', 'profile', 'binaan'],
  pkce: { required: () => true },
  cookies: { keys: ['oidc-provider-test-cookie-key-0123456789'] },
  features: { devInteractions: { enabled: true } },
  findAccount: async (_ctx, id) => {
    const claims = accounts[id];
    if (claims === undefined) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
  },
});

let idTokenMode = 'honest';
const forgingKey = await generateKeyPair('RS256');

const changedPayload = (idToken) => {
  const [header, payload, signature] = idToken.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const changed = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url');
  return [header, changed, signature].join('.');
};

const forged = async (idToken) => {
  const { kid } = decodeProtectedHeader(idToken);
  return new SignJWT(decodeJwt(idToken)).setProtectedHeader({ alg: 'RS256', kid }).sign(forgingKey.privateKey);
};

provider.use(async (ctx, next) => {
  if (ctx.path === '/test/id-token-mode' && ctx.method === 'POST') {
    idTokenMode = String(ctx.query.mode);
    ctx.body = { idTokenMode };
    return;
  }
  await next();
  if (ctx.path === '/token' && ctx.status === 200 && typeof ctx.body?.id_token === 'string' && idTokenMode !== 'honest') {
    ctx.body = { ...ctx.body, id_token: idTokenMode === 'tampered' ? changedPayload(ctx.body.id_token) : await forged(ctx.body.id_token) };
  }
});

server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
