/**
 * A stand-in for Azure's Direct Line service on 127.0.0.1: POST /v3/directline/tokens/generate
 * answers like Direct Line 3.0, or fails the way we ask (HTTP 500, no answer, garbage).
 * It records what it received, so a test can check the secret was sent here.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'http';
import type { AddressInfo } from 'net';

export type Behaviour = 'ok' | 'error' | 'hang' | 'garbage';

export interface StandIn {
  url: string;
  behaviour: Behaviour;
  received: Array<{ method: string; path: string; headers: IncomingHttpHeaders; body: string }>;
  close(): Promise<void>;
}

export const STAND_IN_TOKEN = 'stand-in-token.eyJ1c2VyIjoiZGxfIn0.signature';
export const INTERNAL_DETAIL = 'stack trace from inside the Direct Line service';

export async function startStandIn(): Promise<StandIn> {
  const standIn = { behaviour: 'ok' as Behaviour, received: [] as StandIn['received'] };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      standIn.received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      if (req.method !== 'POST' || req.url !== '/v3/directline/tokens/generate') {
        res.writeHead(404);
        res.end();
        return;
      }
      switch (standIn.behaviour) {
        case 'ok':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ conversationId: 'conv-from-stand-in', token: STAND_IN_TOKEN, expires_in: 3600 }));
          return;
        case 'error':
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'ServiceError', message: INTERNAL_DETAIL } }));
          return;
        case 'garbage':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(`<html>${INTERNAL_DETAIL}`);
          return;
        case 'hang':
          return; // never answers
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(standIn, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
