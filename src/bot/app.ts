import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Server } from 'restify';
import type { DialogSettings } from '../dialogs/settings';
import type { AppConfig } from './config';
import { ChannelAdapter } from './http/channel-adapter';
import { useOpenIdKeys } from './http/openid-keys';
import { createLogger, logTelemetry, type Logger } from './logger';
import { ChannelRenderer } from './render/channel-renderer';
import { createServer, type RouteModule } from './server';
import { ConversationStore } from './state/conversation-store';
import { createStorage } from './state/storage-factory';
import { SupportBot } from './support-bot';
import { TurnPipeline } from './turn-pipeline';
import { webChatRoutesFor } from './webchat/webchat-routes';

export interface App {
  server: Server;
  bot: SupportBot;
  logger: Logger;
  config: AppConfig;
}

export function dialogSettings(config: AppConfig): DialogSettings {
  return {
    brandName: config.BRAND_NAME,
    accountCutoff: config.ACCOUNT_CUTOFF_DATE,
    setupGuideUrl: config.SETUP_GUIDE_URL,
    supportRequestUrl: config.SUPPORT_REQUEST_URL,
    imapHost: config.MAIL_IMAP_HOST,
    popHost: config.MAIL_POP_HOST,
    smtpHost: config.MAIL_SMTP_HOST,
  };
}

/** Wires configuration, storage, the bot and the HTTP server; nothing listens yet. */
export async function createApp(config: AppConfig, logger: Logger = createLogger(config.LOG_LEVEL)): Promise<App> {
  const state = await createStorage(config, logger);
  const store = new ConversationStore(state.storage, config.STATE_TTL_HOURS * 3600_000);
  useOpenIdKeys(logger);
  const auth = new ConfigurationBotFrameworkAuthentication(config.botFrameworkAuth as never);
  const adapter = new ChannelAdapter(auth);
  const bot = new SupportBot(new TurnPipeline(store, dialogSettings(config), new ChannelRenderer(), logTelemetry(logger)));
  const modules: RouteModule[] = webChatRoutesFor(config, bot, logger);
  const server = createServer(
    { adapter, bot, logger, version: appVersion(), storageHealthy: state.ping },
    modules,
  );
  return { server, bot, logger, config };
}

export function appVersion(): string {
  return process.env.npm_package_version ?? require('../../package.json').version;
}
