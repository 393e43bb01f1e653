import { createWriteStream, mkdirSync, type WriteStream } from 'fs';
import { dirname } from 'path';
import type { Telemetry } from '../logger';

/** The events the local file keeps: one per session, what `npm run report` reads. */
export const OUTCOME_EVENTS = new Set(['conversationOutcome']);

/**
 * Outcome events appended to a local file, one JSON object a line ({"time", "name", ...}).
 * Writes are buffered by the stream (no wait in the turn); close() flushes them.
 */
export class OutcomesFile implements Telemetry {
  private readonly out: WriteStream;
  private failed = false;

  constructor(path: string, onError: (error: Error) => void = () => undefined) {
    mkdirSync(dirname(path), { recursive: true });
    this.out = createWriteStream(path, { flags: 'a' });
    this.out.on('error', (error) => {
      // A full disk must not stop the bot: report once, then drop the lines.
      if (!this.failed) onError(error);
      this.failed = true;
    });
  }

  trackEvent(name: string, properties: Record<string, string | number | boolean>): void {
    if (this.failed || !OUTCOME_EVENTS.has(name)) return;
    this.out.write(`${JSON.stringify({ time: new Date().toISOString(), name, ...properties })}\n`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.out.closed || this.out.destroyed) return resolve();
      this.out.end(() => resolve());
    });
  }
}
