import type { HttpRequest, HttpResponse } from '../http/http-types';
import { clearSessionCookie, sessionCookieOf, setSessionCookie } from './session-cookie';

const requestOver = (encrypted: boolean, cookie?: string) =>
  ({ socket: { encrypted }, headers: cookie === undefined ? {} : { cookie } }) as unknown as HttpRequest;

const setCookieOf = (act: (response: HttpResponse) => void): string => {
  let header = '';
  act({ setHeader: (_name: string, value: string) => (header = value) } as unknown as HttpResponse);
  return header;
};

describe('the session cookie', () => {
  it('is httpOnly, SameSite=Strict and for the whole site; Secure only when the request came over TLS', () => {
    const plain = setCookieOf((response) => setSessionCookie(requestOver(false), response, 'abc', 43_200));
    expect(plain).toBe('binaan_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200');
    const tls = setCookieOf((response) => setSessionCookie(requestOver(true), response, 'abc', 43_200));
    expect(tls).toBe('binaan_session=abc; Path=/; HttpOnly; SameSite=Strict; Secure; Max-Age=43200');
    expect(setCookieOf((response) => clearSessionCookie(requestOver(true), response))).toBe('binaan_session=; Path=/; HttpOnly; SameSite=Strict; Secure; Max-Age=0');
  });

  it('is read only when the request carries exactly one', () => {
    expect(sessionCookieOf(requestOver(false, 'lang=id; binaan_session=abc'))).toBe('abc');
    expect(sessionCookieOf(requestOver(false, 'binaan_session=abc; binaan_session=def'))).toBeUndefined();
    expect(sessionCookieOf(requestOver(false, 'other=1'))).toBeUndefined();
    expect(sessionCookieOf(requestOver(false))).toBeUndefined();
  });
});
