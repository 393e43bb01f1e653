import restify, { type Next, type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import { activityProblem } from './http/activity-check';
import type { ChannelAdapter } from './http/channel-adapter';
import { limitConnections } from './http/connection-limits';
import { jsonBody } from './http/json-body';
import { publicMessage, refuse, trackRefusals } from './http/refusals';
import { expiryProblem } from './http/token-expiry';
import type { Logger } from './logger';
import type { SupportBot, TurnOutcome } from './support-bot';

export { MAX_BODY_BYTES } from './http/json-body';

export interface ServerDeps {
  adapter: ChannelAdapter;
  bot: SupportBot;
  logger: Logger;
  version: string;
  /** Whether storage takes turns, for /healthz. */
  storageHealthy: () => Promise<boolean>;
}

/** Extra routes (the Web Chat page, Direct Line) register themselves here. */
export type RouteModule = (server: Server) => void;

/**
 * The HTTP face of the bot: POST /api/messages and GET /healthz, with the hygiene a public
 * endpoint needs: JSON bodies only, in memory (json-body.ts); deadlines on slow clients and
 * no upgrades (connection-limits.ts); a 4xx with a log line for every refused request
 * (refusals.ts); never a stack trace or internal message; nosniff on every response.
 */
export function createServer(deps: ServerDeps, modules: RouteModule[] = []): Server {
  const server = restify.createServer({ name: 'support-bot', handleUncaughtExceptions: false });
  limitConnections(server.server, deps.logger);
  trackRefusals(server, deps.logger);
  server.pre((_req: Request, res: Response, next: Next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return next();
  });
  server.pre(restify.plugins.pre.context());
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(jsonBody());

  server.post('/api/messages', async (req: Request, res: Response) => onMessages(req, res, deps));
  server.get('/healthz', async (_req: Request, res: Response) => {
    const storage = await deps.storageHealthy().catch(() => false);
    res.header('Cache-Control', 'no-store');
    res.json(storage ? 200 : 503, { status: storage ? 'ok' : 'degraded', version: deps.version, storage });
  });
  for (const register of modules) register(server);

  // restify's own errors (no such route, wrong method) get a plain, generic body.
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
  if (!req.is('json')) return refuse(req, res, 415, 'no JSON body');
  const problem = activityProblem(req.body);
  if (problem) return refuse(req, res, 400, `activity: ${problem}`);
  const activity = req.body;
  const auth = String(req.header('authorization') ?? '');
  const expiry = auth ? expiryProblem(auth) : undefined;
  if (expiry) return refuse(req, res, 401, expiry);
  let outcome: TurnOutcome = 'ignored';
  let status = 200;
  let authenticated = false;
  try {
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
    outcome = 'failed';
    if (status === 401) return refuse(req, res, 401, `not authenticated: ${String((error as Error).message).slice(0, 100)}`);
    if (status === 503) deps.logger.warn({ reason: String((error as Error).message).slice(0, 200) }, 'token validation unavailable');
    else deps.logger.error({ err: error }, 'turn failed');
    res.json(status, { error: publicMessage(status) });
  }
  const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
  deps.logger.info(
    { channel: activity.channelId, activityType: activity.type, durationMs: Math.round(durationMs * 10) / 10, outcome, status },
    'turn',
  );
}

function isTokenProblem(error: unknown): boolean {
  const e = error as { statusCode?: number; name?: string } | undefined;
  return e?.statusCode === 401 || /^(JsonWebTokenError|NotBeforeError|TokenExpiredError)$/.test(String(e?.name));
}


