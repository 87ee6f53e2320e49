// Who is signed in. The session itself is an httpOnly cookie the page never sees; the page keeps the
// account it was told about and the CSRF token in this tab (sessionStorage), so a reload without a
// network still knows who is working and can show what waits to be sent.
const key = 'binaan.staff.session';

let session = (() => {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
})();

export const currentSession = () => session;

export const remember = (value) => {
  session = value === null ? null : { account: value.account, csrfToken: value.csrfToken };
  if (session === null) sessionStorage.removeItem(key);
  else sessionStorage.setItem(key, JSON.stringify(session));
};

export const role = () => session?.account?.role;
