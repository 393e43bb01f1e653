/**
 * Where log lines go: stdout, in batches, through Node's own stream (for a pipe: written
 * without blocking, queued while the pipe is full). It never blocks the process and never
 * holds it at exit, whatever the reader does:
 * - a pipe nobody reads (or reads slowly): the queue stops growing at MAX_QUEUED_BYTES, later
 *   lines are dropped and counted, and one line says how many once the pipe takes lines again;
 * - a reader that went away (EPIPE): lines are dropped;
 * - at exit nothing is flushed synchronously. pino.destination's exit flush retried a full
 *   pipe for ever, so a stopped bot never exited; `drain(ms)` waits a bounded time instead.
 */
import { Writable } from 'stream';

/** Lines wait for at most this many bytes ... */
const BATCH_BYTES = 8192;
/** ... or this long, before they are written: one write per line was ~5 % of a turn's CPU. */
const BATCH_MS = 200;
/** What may wait in the stream for a slow or stuck reader before lines are dropped. */
const MAX_QUEUED_BYTES = 1024 * 1024;

export class LogSink {
  private batch: string[] = [];
  private batchBytes = 0;
  private dropped = 0;
  private broken = false;

  constructor(private readonly out: Writable = process.stdout) {
    // EPIPE and friends: the reader is gone. Without a listener the error would crash the bot.
    out.on('error', () => {
      this.broken = true;
    });
    setInterval(() => this.writeBatch(), BATCH_MS).unref();
  }

  /** One JSON line (with its newline). Warnings and errors go out at once: someone may be watching. */
  write(line: string): void {
    if (this.broken) return;
    this.batch.push(line);
    this.batchBytes += line.length;
    if (this.batchBytes >= BATCH_BYTES || (line.startsWith('{"level":') && line[9] >= '4')) this.writeBatch();
  }

  /** (pino's logger.flush() calls this, with a callback.) */
  flush(done?: () => void): void {
    this.writeBatch();
    done?.();
  }

  private writeBatch(): void {
    if (this.broken || this.batch.length === 0) return;
    if (this.out.writableLength > MAX_QUEUED_BYTES) {
      this.dropped += this.batch.length;
      this.clear();
      return;
    }
    if (this.dropped > 0) {
      const note = { level: 40, time: new Date().toISOString(), service: 'support-bot', dropped: this.dropped, msg: 'log lines dropped: stdout was not being read' };
      this.batch.unshift(`${JSON.stringify(note)}\n`);
      this.dropped = 0;
    }
    const chunk = this.batch.join('');
    this.clear();
    this.out.write(chunk);
  }

  /** Lines dropped so far and not yet reported. */
  get droppedLines(): number {
    return this.dropped;
  }

  /** Writes what is batched and waits until the stream has handed it on, or `ms` passed. */
  async drain(ms: number): Promise<void> {
    this.writeBatch();
    // Polled: 'drain' only comes after a write that filled the stream's buffer.
    const deadline = Date.now() + ms;
    while (!this.broken && this.out.writableLength > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private clear(): void {
    this.batch = [];
    this.batchBytes = 0;
  }
}
