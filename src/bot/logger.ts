import pino, { type DestinationStream, type Logger } from 'pino';
import { LogSink } from './log-sink';

export type { Logger };

/** JSON lines on stdout (see LogSink). No message text, names or ids of people at the default level. */
export function createLogger(level: string, sink: LogSink = new LogSink()): Logger {
  return pino({ level, base: { service: 'support-bot' }, timestamp: pino.stdTimeFunctions.isoTime }, sink as unknown as DestinationStream);
}

/** Where conversation events (recommendation, feedback, hand-off) go; no text, names or ids. */
export interface Telemetry {
  trackEvent(name: string, properties: Record<string, string | number | boolean>): void;
  /** Runs one turn inside a trace span, where a tracer is configured. */
  turn?<T>(attributes: Record<string, string>, run: () => Promise<T>): Promise<T>;
  /** Flushes and stops (at shutdown). */
  close?(): Promise<void>;
}

/** Conversation events as log lines. */
export function logTelemetry(logger: Logger): Telemetry {
  return {
    trackEvent: (name, properties) => logger.info({ event: name, ...properties }, 'telemetry'),
  };
}
