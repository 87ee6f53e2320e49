// The viewer's token lives in this tab only (sessionStorage) and travels only as a bearer header.
const tokenKey = 'binaan.token';

export const hasToken = () => Boolean(sessionStorage.getItem(tokenKey));

export const saveToken = (token) => sessionStorage.setItem(tokenKey, token.trim());

export const forgetToken = () => sessionStorage.removeItem(tokenKey);

/** A link such as /?token=… puts the token in this tab's storage, then takes it out of the address bar. */
export const takeTokenFromUrl = () => {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  saveToken(token);
  url.searchParams.delete('token');
  window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
};

/** GET from the API; a problem+json answer becomes an Error named by its stable code. */
export const api = async (path) => {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${sessionStorage.getItem(tokenKey)}`, Accept: 'application/json' } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const error = new Error(problem.code ?? `HTTP_${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
};
