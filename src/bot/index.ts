/**
 * Starts the bot: `npm start`. Configuration errors stop the start with a message naming
 * the variable; SIGTERM stops taking requests, finishes turns in flight and exits (shutdown.ts).
 */
import 'dotenv/config';
import { createApp, type App } from './app';
import { ConfigError, loadConfig } from './config';
import { routeConsoleToLog } from './console-to-log';
import { LogSink } from './log-sink';
import { createLogger } from './logger';
import { stopOnSignals } from './shutdown';

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
  if (config.anonymous) logger.warn('MicrosoftAppId is empty: anonymous local mode, requests are not authenticated');
  await new Promise<void>((resolve) => app.server.listen(config.PORT, config.host, resolve));
  const address = app.server.address();
  logger.info({ url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}`, storage: config.STORAGE }, 'listening');
  logger.flush(); // the start-up lines now, not with the first batch of turns
}

void main();
