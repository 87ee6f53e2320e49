// Signed in by the session cookie (httpOnly: no script here can read it). Every request that changes
// something sends the session's CSRF token, which lives in this page's memory only.
let csrfToken = null;

const problemError = async (response) => {
  const problem = await response.json().catch(() => ({}));
  const error = new Error(problem.code ?? `HTTP_${response.status}`);
  error.status = response.status;
  error.retryAfterSeconds = problem.retryAfterSeconds;
  return error;
};

const remember = (session) => {
  csrfToken = session.csrfToken;
  return session.account;
};

/** The signed-in account, or null when there is no live session. */
export const currentAccount = async () => {
  const response = await fetch('/auth/session', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (response.status === 401) return null;
  if (!response.ok) throw await problemError(response);
  return remember(await response.json());
};

/** POST /auth/session: sets the cookie; a wrong name or password is an Error named INVALID_CREDENTIALS. */
export const signIn = async (username, password) => {
  const response = await fetch('/auth/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ username: username.trim(), password }),
  });
  if (!response.ok) throw await problemError(response);
  return remember(await response.json());
};

export const signOut = async () => {
  await fetch('/auth/session', { method: 'DELETE', headers: { 'X-CSRF-Token': csrfToken ?? '' }, credentials: 'same-origin' });
  csrfToken = null;
};

/** GET from the API with the session cookie; a problem+json answer becomes an Error named by its stable code. */
export const api = async (path) => {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw await problemError(response);
  return response.json();
};

/** Whether this server offers signing in through an identity provider (OpenID Connect); false when it cannot tell. */
export const offersSso = async () => {
  const response = await fetch('/auth/providers', { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).catch(() => null);
  if (response === null || !response.ok) return false;
  return (await response.json().catch(() => ({}))).oidc === true;
};
