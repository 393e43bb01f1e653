import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Server } from 'restify';
import type { DialogSettings } from '../dialogs/settings';
import type { AppConfig } from './config';
import { ChannelAdapter } from './http/channel-adapter';
import { useOpenIdKeys } from './http/openid-keys';
import { createLogger, logTelemetry, type Logger, type Telemetry } from './logger';
import { fanOut } from './telemetry/fan-out';
import { openTelemetryFor } from './telemetry/open-telemetry';
import { OutcomesFile } from './telemetry/outcomes-file';
import { ChannelRenderer } from './render/channel-renderer';
import { createServer, type RouteModule } from './server';
import { ConversationStore } from './state/conversation-store';
import { createStorage } from './state/storage-factory';
import { ExpiringMemoryStorage } from './state/expiring-memory-storage';
import { Transcripts } from './state/transcripts';
import { SupportBot, type HandoffProfile } from './support-bot';
import { TurnPipeline } from './turn-pipeline';
import { webChatRoutesFor } from './webchat/webchat-routes';

export interface App {
  server: Server;
  bot: SupportBot;
  logger: Logger;
  config: AppConfig;
  /** At shutdown, after the last turn: ends the sessions the process would lose, flushes telemetry. */
  close(): Promise<void>;
}

/** STORAGE=memory keeps at most this many transcripts (up to 48 KB each). */
const MEMORY_TRANSCRIPTS = 2_000;

export function dialogSettings(config: AppConfig): DialogSettings {
  return {
    brandName: config.BRAND_NAME,
    accountCutoff: config.ACCOUNT_CUTOFF_DATE,
    setupGuideUrl: config.SETUP_GUIDE_URL,
    supportRequestUrl: config.SUPPORT_REQUEST_URL,
    imapHost: config.MAIL_IMAP_HOST,
    popHost: config.MAIL_POP_HOST,
    smtpHost: config.MAIL_SMTP_HOST,
    sessionIdleMs: Math.round(config.SESSION_IDLE_MINUTES * 60_000),
  };
}

/** Wires configuration, storage, the bot and the HTTP server; nothing listens yet. */
export async function createApp(config: AppConfig, logger: Logger = createLogger(config.LOG_LEVEL)): Promise<App> {
  const state = await createStorage(config, logger);
  const store = new ConversationStore(state.storage, config.STATE_TTL_HOURS * 3600_000);
  useOpenIdKeys(logger);
  const auth = new ConfigurationBotFrameworkAuthentication(config.botFrameworkAuth as never);
  const adapter = new ChannelAdapter(auth);
  const telemetry = await telemetryFor(config, logger);
  // Transcripts for the Bot Framework hand-off; in memory, a store of their own with a smaller bound (they run to tens of KB).
  const transcripts = config.HANDOFF_PROFILE === 'directline'
    ? new Transcripts(config.STORAGE === 'memory' ? new ExpiringMemoryStorage(config.STATE_TTL_HOURS * 3600_000, Date.now, { maxConversations: MEMORY_TRANSCRIPTS }) : state.storage)
    : undefined;
  const profile = config.HANDOFF_PROFILE as HandoffProfile;
  const pipeline = new TurnPipeline(store, dialogSettings(config), new ChannelRenderer(profile), telemetry, { endAllOnShutdown: config.STORAGE === 'memory', transcripts });
  pipeline.startSweeping();
  const bot = new SupportBot(pipeline, profile);
  const modules: RouteModule[] = webChatRoutesFor(config, bot, logger);
  const server = createServer(
    { adapter, bot, logger, version: appVersion(), storageHealthy: state.ping },
    modules,
  );
  const close = async () => {
    await pipeline.close();
    await telemetry.close?.();
  };
  return { server, bot, logger, config, close };
}

/** Log lines always; the outcomes file and OpenTelemetry only when configured (nothing leaves the machine otherwise). */
async function telemetryFor(config: AppConfig, logger: Logger): Promise<Telemetry> {
  const sinks: Telemetry[] = [logTelemetry(logger)];
  if (config.OUTCOMES_FILE) {
    sinks.push(new OutcomesFile(config.OUTCOMES_FILE, (error) => logger.error({ reason: error.message }, 'outcomes file not writable')));
  }
  const otel = await openTelemetryFor(config, logger);
  if (otel) sinks.push(otel);
  return fanOut(sinks);
}

export function appVersion(): string {
  return process.env.npm_package_version ?? require('../../package.json').version;
}
