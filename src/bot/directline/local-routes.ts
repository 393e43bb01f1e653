import type { Next, Request, Response, Server } from 'restify';
import { z } from 'zod';
import { bounded } from '../http/activity-check';
import { logRefusal } from '../http/refusals';
import type { Logger } from '../logger';
import type { RouteModule } from '../server';
import type { SupportBot } from '../support-bot';
import { allowOrigin, answerPreflights } from './cors';
import { LocalAdapter } from './local-adapter';
import type { Grant, LocalConversation, LocalConversations, WireActivity } from './local-conversations';

export const LOCAL_DIRECT_LINE_PATH = '/v3/directline';
const CHANNEL_ID = 'directline';
const BOT = { id: 'support-bot', name: 'Support bot', role: 'bot' };

// What a client may post: a message or an event, as Web Chat sends them. No uploads.
const posted = z.object({
  type: z.enum(['message', 'event']),
  text: z.string().max(10_000).optional(),
  name: z.string().max(256).optional(),
  value: z.unknown().optional(),
  locale: z.string().max(35).optional(),
  textFormat: z.string().max(16).optional(),
  channelData: z.record(z.unknown()).optional(),
  attachments: z.array(z.unknown()).max(0).optional(),
});
// What a client may send when it starts a conversation: the person's locale, as Direct Line 3.0 takes it.
const started = z.object({ locale: z.string().max(35).regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/).optional() }).passthrough();
const MAX_ACTIVITY_BYTES = 32 * 1024; // a long message and Web Chat's channelData fit easily

/**
 * A small Direct Line 3.0 of our own, for a local chat with no Azure: start a conversation,
 * post activities (the bot runs in-process), poll for activities with a watermark, refresh
 * a token. A token grants one conversation only. Development only: webchat-routes.ts never
 * registers it in production.
 */
export function localDirectLineRoutes(
  conversations: LocalConversations,
  bot: SupportBot,
  logger: Logger,
  allowedOrigins: string[] = [],
): RouteModule {
  const adapter = new LocalAdapter((activity) => {
    const c = conversations.get(String((activity.conversation as { id?: string } | undefined)?.id));
    return c ? String(conversations.append(c, activity).id) : '';
  });
  const turn = async (c: LocalConversation, activity: Partial<WireActivity>): Promise<void> => {
    const incoming = {
      ...activity,
      ...boundedText(activity),
      channelId: CHANNEL_ID,
      serviceUrl: 'http://localhost/local-direct-line', // never called: replies go through LocalAdapter
      conversation: { id: c.id },
      from: { id: c.userId, role: 'user' },
      recipient: BOT,
      timestamp: new Date(),
    };
    await adapter.run(incoming as never, async (context) => {
      await bot.run(context);
    });
  };

  return (server: Server) => {
    const base = LOCAL_DIRECT_LINE_PATH;
    // A page embedded on another site (WEBCHAT_ALLOWED_ORIGINS) talks to us as it would to Direct Line.
    const ours = (path: string) => path.startsWith(`${base}/`);
    answerPreflights(server, ours, allowedOrigins, 'GET, POST');
    server.pre((req: Request, res: Response, next: Next) => {
      if (ours(req.path())) allowOrigin(req, res, allowedOrigins);
      return next();
    });

    server.post(`${base}/conversations`, async (req: Request, res: Response) => {
      const grant = granted(req, res, conversations);
      if (!grant) return;
      const c = grant.conversation;
      const first = !c.started;
      if (first) {
        c.started = true;
        // As Direct Line does for a token that names the person: the bot learns they joined and says
        // hello, in the locale the client started with (a malformed one is left out, not refused).
        const start = started.safeParse(req.body ?? {});
        const locale = start.success ? start.data.locale : undefined;
        await turn(c, { type: 'conversationUpdate', membersAdded: [BOT, { id: c.userId, role: 'user' }], ...(locale ? { locale } : {}) }).catch((error) =>
          logger.error({ err: error }, 'local Direct Line: welcome turn failed'),
        );
      }
      send(res, first ? 201 : 200, describe(grant));
    });

    server.get(`${base}/conversations/:id`, async (req: Request, res: Response) => {
      const grant = granted(req, res, conversations, req.params.id);
      if (grant) send(res, 200, describe(grant));
    });

    server.post(`${base}/conversations/:id/activities`, async (req: Request, res: Response) => {
      const grant = granted(req, res, conversations, req.params.id);
      if (!grant) return;
      const parsed = posted.safeParse(req.body);
      const problem = !parsed.success ? `activity: ${parsed.error.issues[0]?.path.join('.') || 'not an object'}` : Buffer.byteLength(JSON.stringify(parsed.data)) > MAX_ACTIVITY_BYTES ? `activity over ${MAX_ACTIVITY_BYTES} bytes` : undefined;
      if (!parsed.success || problem) {
        logRefusal(req, 400, problem ?? 'activity');
        return send(res, 400, { error: { code: 'BadArgument', message: 'Send one message or event activity' } });
      }
      const c = grant.conversation;
      // The person's own activity is part of the conversation's history, as on Direct Line.
      const from = { id: c.userId, role: 'user' }; // from the token, whatever the client claims
      const stored = conversations.append(c, { ...parsed.data, channelId: CHANNEL_ID, conversation: { id: c.id }, from });
      try {
        await turn(c, { ...parsed.data, id: stored.id });
      } catch (error) {
        logger.error({ err: error }, 'local Direct Line: turn failed');
        return send(res, 502, { error: { code: 'BotError', message: 'The bot could not answer' } });
      }
      send(res, 200, { id: stored.id });
    });

    server.get(`${base}/conversations/:id/activities`, async (req: Request, res: Response) => {
      const grant = granted(req, res, conversations, req.params.id);
      if (!grant) return;
      const watermark = typeof req.query?.watermark === 'string' ? req.query.watermark : undefined;
      send(res, 200, conversations.since(grant.conversation, watermark));
    });

    server.post(`${base}/tokens/refresh`, async (req: Request, res: Response) => {
      const grant = granted(req, res, conversations);
      if (grant) send(res, 200, describe(conversations.issueToken(grant.conversation)));
    });
  };
}

/** The token's grant, or a 403 (Direct Line's answer for a missing, expired or foreign token). */
function granted(req: Request, res: Response, conversations: LocalConversations, conversationId?: string): Grant | undefined {
  const match = /^Bearer (\S+)$/.exec(String(req.header('authorization') ?? ''));
  const grant = conversations.authorize(match?.[1], conversationId);
  if (!grant) {
    logRefusal(req, 403, match ? 'token does not grant this conversation' : 'no Bearer token');
    send(res, 403, { error: { code: 'TokenExpired', message: 'This token does not grant this conversation' } });
  }
  return grant;
}

/** What the person said, cut off as on /api/messages (activity-check.ts). */
function boundedText(activity: Partial<WireActivity>): Partial<WireActivity> {
  const out: Partial<WireActivity> = {};
  if (typeof activity.text === 'string') out.text = bounded(activity.text);
  const value = activity.value as { text?: unknown } | undefined;
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof value.text === 'string') out.value = { ...value, text: bounded(value.text) };
  return out;
}

function describe(grant: Grant): { conversationId: string; token: string; expires_in: number } {
  return { conversationId: grant.conversation.id, token: grant.token, expires_in: grant.expiresIn };
}

function send(res: Response, status: number, body: unknown): void {
  res.header('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.json(status, body);
}
