import { startApiUnderTest, type ApiUnderTest } from './support/api-under-test';
import { unfinishedRequest } from './support/raw-request';

const kib = 'x'.repeat(1024);

const head = (headers: Readonly<Record<string, string>>) =>
  `POST /participants HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;

const statusLine = (reply: string): string => reply.split('\r\n')[0] ?? '';

/**
 * A client that is not signed in gets its 401 as soon as its headers are read: the server neither
 * waits for nor reads the body it announced, and closes the connection instead of draining it.
 */
describe('authentication before the body', () => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await startApiUnderTest();
  });
  afterAll(() => api.close());

  it('a body announced with Content-Length but never sent in full: 401 at once, connection closed', async () => {
    const exchange = await unfinishedRequest(api.baseUrl, head({ 'Content-Length': String(60 * 1024) }), [`{"notes":"${kib}`], 3_000);
    expect(statusLine(exchange.reply)).toBe('HTTP/1.1 401 Unauthorized');
    expect(exchange.reply).toContain('"code":"MISSING_TOKEN"');
    expect(exchange.closedByServer).toBe(true);
  });

  it('a chunked body that never ends, with a forged token: 401 at once, connection closed', async () => {
    const chunk = `${(kib.length * 16).toString(16)}\r\n${kib.repeat(16)}\r\n`;
    const exchange = await unfinishedRequest(
      api.baseUrl,
      head({ 'Transfer-Encoding': 'chunked', Authorization: 'Bearer not.a.token' }),
      Array.from({ length: 8 }, () => chunk),
      3_000,
    );
    expect(statusLine(exchange.reply)).toBe('HTTP/1.1 401 Unauthorized');
    expect(exchange.reply).toContain('"code":"INVALID_TOKEN"');
    expect(exchange.closedByServer).toBe(true);
  });

  it('a signed-in client still gets its body read and checked', async () => {
    const exchange = await unfinishedRequest(
      api.baseUrl,
      head({ 'Content-Length': '2', Authorization: `Bearer ${api.token('registrar')}`, Connection: 'close' }),
      ['{}'],
      3_000,
    );
    expect(statusLine(exchange.reply)).toBe('HTTP/1.1 400 Bad Request');
    expect(exchange.reply).toContain('"code":"VALIDATION_FAILED"');
  });
});

describe('a client too slow for the server’s timeouts', () => {
  let api: ApiUnderTest;
  const logLines: string[] = [];
  beforeAll(async () => {
    api = await startApiUnderTest({ logLines, timeouts: { headersMs: 300, requestMs: 600, keepAliveMs: 5_000, checkEveryMs: 50 } });
  });
  afterAll(() => api.close());

  it('gets 408 and a closed connection when its headers never end', async () => {
    const exchange = await unfinishedRequest(api.baseUrl, 'GET /programmes HTTP/1.1\r\nHost: localhost\r\n', [], 3_000);
    expect(statusLine(exchange.reply)).toBe('HTTP/1.1 408 Request Timeout');
    expect(exchange.closedByServer).toBe(true);
  });

  it('gets 408 and a closed connection when, signed in, its body never ends', async () => {
    const exchange = await unfinishedRequest(
      api.baseUrl,
      head({ 'Content-Length': '4096', Authorization: `Bearer ${api.token('registrar')}` }),
      ['{"programmeId":'],
      3_000,
    );
    expect(statusLine(exchange.reply)).toBe('HTTP/1.1 408 Request Timeout');
    expect(exchange.closedByServer).toBe(true);
    expect(logLines.filter((line) => line.includes('"level":50'))).toEqual([]);
  });
});
