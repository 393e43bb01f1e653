/**
 * A local stand-in for a channel's connector service: in normal delivery the bot POSTs
 * each reply to {serviceUrl}/v3/conversations/{id}/activities/{replyToId}. It records the
 * replies and can answer slowly, like a busy channel.
 */
import { createServer, type Server } from 'http';

export interface ConnectorStandIn {
  url: string;
  received: Array<{ path: string; activity: { type: string; text?: string } }>;
  /** Resolves when the next reply arrives. */
  nextReply(): Promise<void>;
  close(): Promise<void>;
}

export async function startConnectorStandIn(opts: { delayMs?: number } = {}): Promise<ConnectorStandIn> {
  const received: ConnectorStandIn['received'] = [];
  let waiters: Array<() => void> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (req.method === 'POST' && /\/v3\/conversations\/.+\/activities/.test(req.url ?? '')) {
        received.push({ path: req.url ?? '', activity: JSON.parse(body) });
        const w = waiters;
        waiters = [];
        w.forEach((f) => f());
      }
      setTimeout(() => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `r-${received.length}` }));
      }, opts.delayMs ?? 0);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
    received,
    nextReply: () => new Promise((r) => waiters.push(r)),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
