import { Worker } from 'worker_threads';
import type { App } from './app';
import type { LogSink } from './log-sink';

/** App Service and container runtimes send SIGKILL 10 s (by default) after SIGTERM. */
export const SHUTDOWN_GRACE_MS = 9_000;
/** Left to turns in flight before the process gives up on them. */
const TURNS_MS = SHUTDOWN_GRACE_MS - 1_500;
/** What ending sessions and flushing telemetry may take at shutdown. */
const CLOSE_MS = 3_000;
/** What the last log lines may wait for a slow stdout. */
const LOG_DRAIN_MS = 500;

/**
 * SIGTERM (and SIGINT): stop taking requests, let turns in flight finish, write the last log
 * lines, exit 0; exit 1 when turns are still running after TURNS_MS. The exit never waits on
 * stdout (see LogSink). And whatever holds the main thread, a watchdog thread, started by the
 * signal, ends the process when the grace period is over.
 */
export function stopOnSignals(app: App, sink: LogSink): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    killAfter(SHUTDOWN_GRACE_MS);
    app.logger.info({ signal, turnsInFlight: app.bot.busy }, 'stopping');
    const exit = async (code: number, message: string) => {
      app.logger.info({ turnsInFlight: app.bot.busy }, message);
      await sink.drain(LOG_DRAIN_MS);
      process.exit(code);
    };
    setTimeout(() => void exit(1, 'stopped with turns still running'), TURNS_MS).unref();
    app.server.close(() => {
      // Sessions this process would lose end now (their outcomes counted), and telemetry is flushed.
      const closing = Promise.race([app.close().catch(() => undefined), new Promise((r) => setTimeout(r, CLOSE_MS).unref())]);
      void closing.then(() => exit(0, 'stopped'));
    });
    // Keep-alive connections that finish their last request close right away, not after their timeout.
    const http = app.server.server as import('http').Server;
    setInterval(() => http.closeIdleConnections(), 50).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/**
 * A thread of its own that SIGKILLs the process after `ms`, unless it exited before. It
 * sleeps in Atomics.wait, so it needs neither the main thread nor an event loop.
 */
export function killAfter(ms: number): Worker {
  const worker = new Worker(
    `const { workerData } = require('worker_threads');
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.ms);
     process.kill(process.pid, 'SIGKILL');`,
    { eval: true, workerData: { ms } },
  );
  worker.unref();
  return worker;
}
