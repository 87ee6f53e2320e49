import { connect } from 'node:net';

/** What came back on a raw connection: the reply's bytes, and whether the server closed the connection. */
export interface RawExchange {
  readonly reply: string;
  readonly closedByServer: boolean;
}

/**
 * Writes `head` and then `body` chunks on a plain TCP connection and never finishes the request, as a
 * slow or hostile client would; collects what the server answers within `waitMs`.
 */
export const unfinishedRequest = (baseUrl: string, head: string, bodyChunks: readonly string[], waitMs: number): Promise<RawExchange> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(baseUrl);
    const socket = connect(Number(port), hostname);
    let reply = '';
    let closedByServer = false;
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ reply, closedByServer });
    }, waitMs);
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('latin1');
    });
    socket.on('end', () => {
      closedByServer = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ reply, closedByServer });
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('connect', () => {
      socket.write(head);
      for (const chunk of bodyChunks) socket.write(chunk);
    });
  });
