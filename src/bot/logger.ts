import pino, { type Logger } from 'pino';
import type { Telemetry } from '../dialogs/ports';

export type { Logger };

/** JSON lines on stdout. No message text, names or ids of people at the default level. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'support-bot' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** Conversation events (recommendation, feedback, hand-off) as log lines. */
export function logTelemetry(logger: Logger): Telemetry {
  return {
    trackEvent: (name, properties) => logger.info({ event: name, ...properties }, 'telemetry'),
  };
}
