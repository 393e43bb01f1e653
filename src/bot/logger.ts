import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Lines wait for at most this many bytes ... */
const BATCH_BYTES = 8192;
/** ... or this long, before they are written. */
const BATCH_MS = 200;

/** JSON lines on stdout. No message text, names or ids of people at the default level. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'support-bot' }, timestamp: pino.stdTimeFunctions.isoTime }, batchedStdout());
}

/**
 * stdout, written in batches: one write per log line (one per turn) was ~5 % of a turn's
 * CPU under load; batching makes it a write per ~40 lines. pino's own exit handler writes
 * what is left when the process exits (process.exit included); only a SIGKILL loses the
 * last ≤ 200 ms.
 */
function batchedStdout(): DestinationStream {
  const out = pino.destination({ dest: 1, minLength: BATCH_BYTES, sync: false });
  // A flush that meets a write in flight does nothing, so flush on two ticks after the last line.
  let ticks = 0;
  setInterval(() => {
    if (ticks > 0) {
      ticks--;
      out.flush();
    }
  }, BATCH_MS).unref();
  return {
    write(line: string) {
      ticks = 2;
      out.write(line);
      // Warnings and errors are written at once: someone may be watching for them.
      if (line.startsWith('{"level":') && line[9] >= '4') out.flush();
    },
    flush() {
      out.flush();
    },
  } as DestinationStream;
}

/** Where conversation events (recommendation, feedback, hand-off) go; no text, names or ids. */
export interface Telemetry {
  trackEvent(name: string, properties: Record<string, string | number | boolean>): void;
}

/** Conversation events as log lines. */
export function logTelemetry(logger: Logger): Telemetry {
  return {
    trackEvent: (name, properties) => logger.info({ event: name, ...properties }, 'telemetry'),
  };
}
