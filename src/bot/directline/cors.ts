import type { Next, Request, Response, Server } from 'restify';

/**
 * CORS for the sites that embed the chat (WEBCHAT_ALLOWED_ORIGINS); any other origin gets
 * no CORS headers at all, so its pages can't read our answers.
 */
export function allowOrigin(req: Request, res: Response, allowed: string[]): boolean {
  const origin = req.header('origin');
  res.header('Vary', 'Origin');
  if (!origin || !allowed.includes(origin)) return false;
  res.header('Access-Control-Allow-Origin', origin);
  return true;
}

/**
 * Answers a browser's preflight (OPTIONS, sent before requests with Authorization or a JSON
 * body) before routing: the body parser would refuse an OPTIONS request without a length.
 */
export function answerPreflights(server: Server, matches: (path: string) => boolean, allowed: string[], methods: string): void {
  server.pre((req: Request, res: Response, next: Next) => {
    if (req.method !== 'OPTIONS' || !matches(req.path())) return next();
    if (allowOrigin(req, res, allowed)) {
      res.header('Access-Control-Allow-Methods', methods);
      res.header('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      res.header('Access-Control-Max-Age', '600');
    }
    res.send(204);
    return next(false);
  });
}
