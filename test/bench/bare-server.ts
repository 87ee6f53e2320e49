import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The cost of HTTP on this machine with none of Binaan's work: a bare node:http server answering a fixed JSON body. */
export const bareServer = async (): Promise<{ url: string; server: Server }> => {
  const body = JSON.stringify({ participantId: randomUUID(), revision: '0', events: [{ type: 'InmateEnrolled' }] });
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(body);
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
};
