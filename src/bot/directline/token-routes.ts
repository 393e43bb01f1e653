import type { Request, Response, Server } from 'restify';
import { logRefusal } from '../http/refusals';
import type { Logger } from '../logger';
import type { RouteModule } from '../server';
import { clientAddress } from './client-address';
import { allowOrigin, answerPreflights } from './cors';
import type { TokenResult } from './direct-line-service';
import { RateLimiter } from './rate-limiter';

export const TOKEN_PATH = '/api/directline/token';

export interface TokenRouteOptions {
  /** Where tokens come from (Direct Line, or the local Direct Line); undefined: chat is off. */
  issue?: () => Promise<TokenResult>;
  limitPerMinute: number;
  trustProxy: boolean;
  /** Other sites that may ask for a token from the browser (CORS). */
  allowedOrigins: string[];
  logger: Logger;
}

const UNAVAILABLE = 'The chat is not available right now. Please try again in a minute.';

/**
 * POST /api/directline/token: a token for one new conversation, for the Web Chat page.
 * The answer holds only { token, conversationId, expiresIn, userId }; the secret stays
 * here. Limited per client address, so a script can't open conversations in bulk.
 */
export function tokenRoutes(options: TokenRouteOptions): RouteModule {
  const limiter = new RateLimiter(options.limitPerMinute);
  return (server: Server) => {
    answerPreflights(server, (path) => path === TOKEN_PATH, options.allowedOrigins, 'POST');

    server.post(TOKEN_PATH, async (req: Request, res: Response) => {
      allowOrigin(req, res, options.allowedOrigins);
      res.header('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      const verdict = limiter.take(clientAddress(req, options.trustProxy));
      if (!verdict.allowed) {
        logRefusal(req, 429, 'token rate limit');
        res.header('Retry-After', String(verdict.retryAfterSeconds));
        return res.json(429, { error: 'Too many chats started from here. Please wait a minute and try again.' });
      }
      if (!options.issue) return res.json(503, { error: UNAVAILABLE });
      const result = await options.issue();
      if (!result.ok) {
        options.logger.warn({ reason: result.reason }, 'Direct Line token request failed');
        return res.json(502, { error: UNAVAILABLE });
      }
      const { token, conversationId, expiresIn, userId } = result.value;
      res.json(200, { token, conversationId, expiresIn, userId });
    });
  };
}
