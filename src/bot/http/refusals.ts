import type { Next, Request, Response, Server } from 'restify';
import type { Logger } from '../logger';

const LOGGER = Symbol('refusalLogger');
const LOGGED = Symbol('refusalLogged');
type Tagged = Request & { [LOGGER]?: Logger; [LOGGED]?: boolean };

/**
 * Answers a request we won't serve: a 4xx with a plain, generic message (never what went wrong
 * inside), and one log line saying what was wrong. `close`: the body was not read, so the
 * connection can't carry another request.
 */
export function refuse(req: Request, res: Response, status: number, reason: string, close = false): void {
  logRefusal(req, status, reason);
  if (close) res.header('Connection', 'close');
  res.json(status, { error: publicMessage(status) });
}

/**
 * The log line for a refusal answered in another shape (Direct Line's own error bodies): method,
 * route (the pattern, not the path, which may hold ids), status and what was wrong.
 */
export function logRefusal(req: Request, status: number, reason: string): void {
  const r = req as Tagged;
  if (r[LOGGED]) return;
  r[LOGGED] = true;
  const route = (req.getRoute?.() as { path?: unknown } | undefined)?.path;
  r[LOGGER]?.info({ method: req.method, route: route !== undefined ? String(route) : req.path().slice(0, 100), status, reason }, 'request refused');
}

/**
 * Every refused request (4xx) gets its log line, on every route: those refused by our code
 * through refuse()/logRefusal(), restify's own (no such route, wrong method) here.
 */
export function trackRefusals(server: Server, logger: Logger): void {
  server.pre((req: Request, _res: Response, next: Next) => {
    (req as Tagged)[LOGGER] = logger;
    return next();
  });
  server.on('after', (req: Request, res: Response, _route: unknown, err?: { name?: string }) => {
    const status = res.statusCode;
    if (status < 400 || status >= 500) return;
    const reason = err?.name === 'ResourceNotFoundError' ? 'no such route' : err?.name === 'MethodNotAllowedError' ? 'method not allowed' : (err?.name ?? 'refused');
    logRefusal(req, status, reason);
  });
}

export function publicMessage(status: number): string {
  switch (status) {
    case 400: return 'Bad request';
    case 401: return 'Unauthorized';
    case 403: return 'Forbidden';
    case 404: return 'Not found';
    case 405: return 'Method not allowed';
    case 408: return 'Request timeout';
    case 413: return 'Request body too large';
    case 415: return 'Unsupported media type: send application/json';
    case 429: return 'Too many requests';
    case 431: return 'Request headers too large';
    case 503: return 'Service unavailable, try again';
    default: return status >= 500 ? 'Something went wrong' : 'Request refused';
  }
}
