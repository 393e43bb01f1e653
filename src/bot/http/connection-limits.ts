import type { Server as HttpServer, IncomingMessage } from 'http';
import type { Duplex } from 'stream';
import type { Logger } from '../logger';
import { publicMessage } from './refusals';

/**
 * Deadlines for what a client sends, so a slow or stuck client (slowloris: headers or a body
 * a byte at a time) can't hold a connection: headers within 10 s, the whole request within
 * 15 s (a channel sends an activity at once), checked every second (Node's default is every
 * 30 s). Keep-alive: 5 s idle (Node's default, made explicit), 1,000 requests per connection.
 * A connection where nothing moves for 30 s, either way, is closed.
 */
export const LIMITS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  checkEveryMs: 1_000,
  keepAliveTimeoutMs: 5_000,
  maxRequestsPerSocket: 1_000,
  idleSocketMs: 30_000,
};

export function limitConnections(http: HttpServer, logger: Logger): void {
  http.headersTimeout = LIMITS.headersTimeoutMs;
  http.requestTimeout = LIMITS.requestTimeoutMs;
  // Read when the server starts listening (Node's setupConnectionsTracking).
  (http as HttpServer & { connectionsCheckingInterval: number }).connectionsCheckingInterval = LIMITS.checkEveryMs;
  http.keepAliveTimeout = LIMITS.keepAliveTimeoutMs;
  http.maxRequestsPerSocket = LIMITS.maxRequestsPerSocket;
  http.timeout = LIMITS.idleSocketMs;

  // No WebSocket (or other upgrade) is served: answer and close, instead of leaving the socket open.
  http.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    logger.info({ method: req.method, route: String(req.url ?? '').split('?')[0].slice(0, 100), status: 404, reason: `upgrade to "${String(req.headers.upgrade).slice(0, 30)}"` }, 'request refused');
    answerAndClose(socket, 404);
  });

  // What Node refuses before any route sees it: unparsable requests, deadlines, huge headers.
  http.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    logger.info({ status, reason: err.code ?? 'bad request' }, 'request refused');
    const response = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (response?.headersSent) return void socket.destroy();
    answerAndClose(socket, status);
  });
}

/** A whole HTTP/1.1 response written on the raw socket, then the socket closed. */
function answerAndClose(socket: Duplex, status: number): void {
  const body = JSON.stringify({ error: publicMessage(status) });
  const head = [
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}`,
    'Connection: close',
    'Content-Type: application/json',
    'X-Content-Type-Options: nosniff',
    `Content-Length: ${Buffer.byteLength(body)}`,
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
  socket.once('finish', () => socket.destroy());
  setTimeout(() => socket.destroy(), 1_000).unref(); // a client that doesn't read the answer
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };
