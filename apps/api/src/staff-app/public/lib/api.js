// The JSON API, called with the session cookie. Every unsafe request carries the session's CSRF
// token; an answer that is not ok becomes an ApiProblem (RFC 9457: code, detail, errors by field).
import { currentSession, remember as sessionUpdated } from './session.js';

export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.code ?? `HTTP_${status}`);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = problem.code ?? `HTTP_${status}`;
    this.detail = problem.detail ?? '';
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.field = typeof problem.field === 'string' ? problem.field : undefined;
  }
}

/** The request never reached the server or its answer never came back: worth sending again later. */
export class NetworkError extends Error {
  constructor(cause) {
    super('network');
    this.name = 'NetworkError';
    this.cause = cause;
  }
}

const unsafe = (method) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

const csrfRefused = (error) => error instanceof ApiProblem && (error.code === 'CSRF_TOKEN_INVALID' || error.code === 'CSRF_TOKEN_MISSING');

/**
 * One request. When the CSRF token this tab kept is refused (the person signed in again in another tab,
 * which gave the session a new token), the current token is fetched and the request sent once more.
 */
export const request = async (method, path, options = {}) => {
  try {
    return await send(method, path, options);
  } catch (error) {
    if (!csrfRefused(error) || options.csrfToken !== undefined) throw error;
    const current = await send('GET', '/auth/session', {});
    sessionUpdated(current);
    return send(method, path, { ...options, csrfToken: current.csrfToken });
  }
};

const send = async (method, path, { body, headers = {}, csrfToken } = {}) => {
  const token = csrfToken ?? currentSession()?.csrfToken;
  let response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(unsafe(method) && token !== undefined ? { 'X-CSRF-Token': token } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const text = await response.text().catch(() => '');
  const json = text === '' ? {} : (() => { try { return JSON.parse(text); } catch { return {}; } })();
  if (!response.ok) throw new ApiProblem(response.status, json);
  return json;
};

export const get = (path) => request('GET', path);

/** A command: its Idempotency-Key makes a repeat (a retry, a queued send) write nothing twice. */
export const sendCommand = (path, body, idempotencyKey, csrfToken) =>
  request('POST', path, { body, headers: { 'Idempotency-Key': idempotencyKey }, csrfToken });
