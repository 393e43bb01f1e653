import restify, { type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import { checkActivity } from './http/activity-check';
import type { ChannelAdapter } from './http/channel-adapter';
import type { Logger } from './logger';
import type { SupportBot, TurnOutcome } from './support-bot';

export const MAX_BODY_BYTES = 256 * 1024;

export interface ServerDeps {
  adapter: ChannelAdapter;
  bot: SupportBot;
  logger: Logger;
  version: string;
  /** Whether storage answers, for /healthz. */
  storageHealthy: () => Promise<boolean>;
}

/** Extra routes (the Web Chat page, Direct Line) register themselves here. */
export type RouteModule = (server: Server) => void;

/**
 * The HTTP face of the bot: POST /api/messages and GET /healthz, with the hygiene a public
 * endpoint needs (400 / 401 / 405 / 413 / 415, never a stack trace or internal message).
 */
export function createServer(deps: ServerDeps, modules: RouteModule[] = []): Server {
  const server = restify.createServer({ name: 'support-bot', handleUncaughtExceptions: false });
  server.pre(restify.plugins.pre.context());
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(
    restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false, rejectUnknown: true }),
  );

  server.post('/api/messages', async (req: Request, res: Response) => onMessages(req, res, deps));
  server.get('/healthz', async (_req: Request, res: Response) => {
    const storage = await deps.storageHealthy().catch(() => false);
    res.json(storage ? 200 : 503, { status: storage ? 'ok' : 'degraded', version: deps.version, storage });
  });
  for (const register of modules) register(server);

  // restify's own errors (bad JSON, too large, wrong method) get a plain, generic body.
  server.on('restifyError', (req: Request, _res: Response, err: { statusCode?: number; toJSON?: unknown }, callback: () => void) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    err.toJSON = () => ({ error: publicMessage(status) });
    if (status >= 500) deps.logger.error({ err, path: req.path() }, 'request failed');
    return callback();
  });
  return server;
}

async function onMessages(req: Request, res: Response, deps: ServerDeps): Promise<void> {
  const started = process.hrtime.bigint();
  if (!req.is('json')) return reply(res, 415);
  const activity = checkActivity(req.body);
  if (!activity) return reply(res, 400);
  let outcome: TurnOutcome = 'ignored';
  let status = 200;
  let authenticated = false;
  try {
    const auth = String(req.header('authorization') ?? '');
    const invoke = await deps.adapter.handle(auth, activity, async (context: TurnContext) => {
      authenticated = true;
      outcome = await deps.bot.run(context);
    });
    status = invoke?.status ?? 200;
    if (invoke?.body !== undefined) res.json(status, invoke.body);
    else res.send(status);
  } catch (error) {
    // Before our code ran, a failure is about the token (401) or reaching the key service (503).
    status = authenticated ? 500 : isTokenProblem(error) ? 401 : 503;
    if (status === 401) deps.logger.debug({ reason: (error as Error).message }, 'refused: not authenticated');
    else deps.logger.error({ err: error }, status === 503 ? 'token validation unavailable' : 'turn failed');
    outcome = 'failed';
    reply(res, status);
  } finally {
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    deps.logger.info(
      { channel: activity.channelId, activityType: activity.type, durationMs: Math.round(durationMs * 10) / 10, outcome, status },
      'turn',
    );
  }
}

function isTokenProblem(error: unknown): boolean {
  const e = error as { statusCode?: number; name?: string } | undefined;
  return e?.statusCode === 401 || /^(JsonWebTokenError|NotBeforeError|TokenExpiredError)$/.test(String(e?.name));
}

function reply(res: Response, status: number): void {
  res.json(status, { error: publicMessage(status) });
}

function publicMessage(status: number): string {
  switch (status) {
    case 400: return 'Bad request';
    case 401: return 'Unauthorized';
    case 404: return 'Not found';
    case 405: return 'Method not allowed';
    case 413: return 'Request body too large';
    case 415: return 'Unsupported media type: send application/json';
    case 429: return 'Too many requests';
    case 503: return 'Service unavailable, try again';
    default: return status >= 500 ? 'Something went wrong' : 'Request refused';
  }
}
