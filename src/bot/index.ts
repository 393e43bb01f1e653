/**
 * Starts the bot: `npm start`. Configuration errors stop the start with a message naming
 * the variable; SIGTERM stops taking requests, finishes turns in flight and exits (shutdown.ts).
 */
import 'dotenv/config';
import { createApp, dialogSettings, type App } from './app';
import { ConfigError, loadConfig } from './config';
import { routeConsoleToLog } from './console-to-log';
import { LogSink } from './log-sink';
import { createLogger } from './logger';
import { stopOnSignals } from './shutdown';
import { warmUpInBackground } from './warm-up';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const sink = new LogSink();
  const logger = createLogger(config.LOG_LEVEL, sink);
  routeConsoleToLog(logger);
  let app: App;
  try {
    app = await createApp(config, logger);
  } catch (error) {
    logger.fatal({ reason: (error as Error).message }, 'start failed');
    await sink.drain(500);
    process.exit(1);
  }
  stopOnSignals(app, sink);
  logMode(logger, config);
  await new Promise<void>((resolve) => app.server.listen(config.PORT, config.host, resolve));
  const address = app.server.address();
  logger.info({ url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}`, storage: config.STORAGE }, 'listening');
  logger.flush(); // the start-up lines now, not with the first batch of turns
  void warmUpInBackground(dialogSettings(config), config.WARM_UP_CONVERSATIONS, logger, () => !app.server.server.listening);
}

/** Which mode the bot runs in, said once at start. */
function logMode(logger: ReturnType<typeof createLogger>, config: ReturnType<typeof loadConfig>): void {
  const mode = { nodeEnv: config.NODE_ENV, authentication: config.anonymous ? 'none' : config.MicrosoftAppType, localDirectLine: config.localDirectLine };
  if (config.anonymous) logger.warn(mode, 'mode: anonymous local (MicrosoftAppId is empty): requests are not authenticated');
  else logger.info(mode, `mode: Bot Framework authentication (${config.MicrosoftAppType})`);
}

void main();
