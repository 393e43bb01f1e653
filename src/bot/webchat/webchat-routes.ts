import type { AppConfig } from '../config';
import { directLineApi, generateToken, newUserId } from '../directline/direct-line-service';
import { LocalConversations } from '../directline/local-conversations';
import { LOCAL_DIRECT_LINE_PATH, localDirectLineRoutes } from '../directline/local-routes';
import { tokenRoutes } from '../directline/token-routes';
import type { Logger } from '../logger';
import type { RouteModule } from '../server';
import type { SupportBot } from '../support-bot';
import { webChatRoutes } from './page-routes';

/**
 * The Web Chat routes for this configuration. With DIRECT_LINE_SECRET, tokens come from
 * Azure's Direct Line. With no credentials at all (or LOCAL_DIRECT_LINE=on), outside
 * production, the bot serves a Direct Line of its own so `npm start` gives a working chat
 * with no Azure (config.localDirectLine). Production never gets that.
 */
export function webChatRoutesFor(config: AppConfig, bot: SupportBot, logger: Logger): RouteModule[] {
  const secret = config.DIRECT_LINE_SECRET;
  const local = config.localDirectLine;
  const common = {
    limitPerMinute: config.TOKEN_RATE_LIMIT_PER_MINUTE,
    trustProxy: config.TRUST_PROXY,
    allowedOrigins: config.WEBCHAT_ALLOWED_ORIGINS,
    logger,
  };
  const page = {
    brandName: config.BRAND_NAME,
    brandColor: config.BRAND_COLOR,
    brandLogoUrl: config.BRAND_LOGO_URL,
    supportRequestUrl: config.SUPPORT_REQUEST_URL,
    stateTtlHours: config.STATE_TTL_HOURS,
  };

  if (local) {
    const conversations = new LocalConversations();
    const why = config.LOCAL_DIRECT_LINE === 'on' ? 'LOCAL_DIRECT_LINE=on' : 'no credentials, not production';
    if (!config.anonymous) logger.warn({ path: LOCAL_DIRECT_LINE_PATH }, 'local Direct Line on (LOCAL_DIRECT_LINE=on): its chats skip Bot Framework authentication');
    else logger.info({ path: LOCAL_DIRECT_LINE_PATH }, `local Direct Line on (${why}): the page at / chats without Azure`);
    const issue = async () => {
      const grant = conversations.create(newUserId());
      const value = { token: grant.token, conversationId: grant.conversation.id, expiresIn: grant.expiresIn, userId: grant.conversation.userId };
      return { ok: true as const, value };
    };
    return [
      webChatRoutes({ ...page, directLineDomain: LOCAL_DIRECT_LINE_PATH, webSocket: false }),
      tokenRoutes({ ...common, issue }),
      localDirectLineRoutes(conversations, bot, logger, config.WEBCHAT_ALLOWED_ORIGINS),
    ];
  }

  const domain = directLineApi(config.DIRECT_LINE_DOMAIN);
  if (secret) {
    logger.info({ directLine: domain }, 'local Direct Line off: Web Chat tokens come from Direct Line');
  } else {
    const why = config.production ? 'production' : config.LOCAL_DIRECT_LINE === 'off' ? 'LOCAL_DIRECT_LINE=off' : 'MicrosoftAppId is set';
    logger.warn(`local Direct Line off (${why}), and DIRECT_LINE_SECRET is empty: the chat page cannot connect`);
  }
  return [
    webChatRoutes({ ...page, directLineDomain: domain, webSocket: true }),
    tokenRoutes({ ...common, issue: secret ? () => generateToken(config.DIRECT_LINE_DOMAIN, secret) : undefined }),
  ];
}
