import pino, { type DestinationStream, type Logger } from 'pino';
import type { Telemetry } from '../dialogs/ports';
import { LogSink } from './log-sink';

export type { Logger };

/** JSON lines on stdout (see LogSink). No message text, names or ids of people at the default level. */
export function createLogger(level: string, sink: LogSink = new LogSink()): Logger {
  return pino({ level, base: { service: 'support-bot' }, timestamp: pino.stdTimeFunctions.isoTime }, sink as unknown as DestinationStream);
}

/** Conversation events (recommendation, feedback, hand-off) as log lines. */
export function logTelemetry(logger: Logger): Telemetry {
  return {
    trackEvent: (name, properties) => logger.info({ event: name, ...properties }, 'telemetry'),
  };
}
