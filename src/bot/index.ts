/**
 * Starts the bot: `npm start`. Configuration errors stop the start with a message naming
 * the variable; SIGTERM stops taking requests, finishes turns in flight and exits 0.
 */
import 'dotenv/config';
import { createApp, type App } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

const SHUTDOWN_GRACE_MS = 9_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  let app: App;
  try {
    app = await createApp(config, logger);
  } catch (error) {
    logger.fatal({ reason: (error as Error).message }, 'start failed');
    process.exit(1);
  }
  if (config.anonymous) logger.warn('MicrosoftAppId is empty: anonymous local mode, requests are not authenticated');
  await new Promise<void>((resolve) => app.server.listen(config.PORT, config.host, resolve));
  const address = app.server.address();
  logger.info({ url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}`, storage: config.STORAGE }, 'listening');
  logger.flush(); // the start-up lines now, not with the first batch of turns

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, turnsInFlight: app.bot.busy }, 'stopping');
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    force.unref();
    app.server.close(() => {
      logger.info('stopped');
      process.exit(0);
    });
    // Keep-alive connections that finish their last request close right away, not after their timeout.
    const http = app.server.server as import('http').Server;
    setInterval(() => http.closeIdleConnections(), 50).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main();
