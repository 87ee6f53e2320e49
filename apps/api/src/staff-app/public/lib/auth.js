// Sign-in against the accounts API: POST /auth/session sets the httpOnly cookie and answers with the
// account and the CSRF token; GET /auth/session says who the cookie belongs to; DELETE signs out.
import { ApiProblem, request } from './api.js';
import { currentSession, remember } from './session.js';

export const signIn = async (username, password) => {
  const reply = await request('POST', '/auth/session', { body: { username, password } });
  remember(reply);
  return reply;
};

/** Asks the server who is signed in; null when nobody is (401). A network failure keeps what the tab knew. */
export const refreshSession = async () => {
  try {
    const reply = await request('GET', '/auth/session');
    remember(reply);
    return reply;
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) {
      remember(null);
      return null;
    }
    throw error;
  }
};

export const signOut = async () => {
  try {
    await request('DELETE', '/auth/session');
  } finally {
    remember(null);
  }
};

export { currentSession };
