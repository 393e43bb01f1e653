import type { DialogSettings } from '../dialogs/settings';
import { warmUpTurns } from '../dialogs/warm-up';
import type { Logger } from './logger';

/** A slice of warm-up turns runs at most this long before real requests get their turn. */
const SLICE_MS = 3;
/**
 * The first warm-up turn loads the language detector and compiles the lexicons: ~0.4 s in one
 * piece. Started right at the listen, it held up the first /healthz by that much (start-up to
 * healthy 1.1 s -> 1.5 s); a second later, the platform's first health probes have their answer.
 */
const START_AFTER_MS = 1000;

/**
 * Runs the warm-up conversations (src/dialogs/warm-up.ts) in the background a second after the
 * bot listens: in slices of a few milliseconds on the event loop, so /healthz and the first
 * customers' turns are answered in between. Stops early when `stopped()` says so (shutdown).
 */
export function warmUpInBackground(settings: DialogSettings, conversations: number, logger: Logger, stopped: () => boolean = () => false): Promise<void> {
  if (conversations <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    let started = 0;
    let cpu: NodeJS.CpuUsage;
    let turns: ReturnType<typeof warmUpTurns>;
    const slice = () => {
      try {
        const until = performance.now() + SLICE_MS;
        for (;;) {
          if (stopped()) return resolve();
          const step = turns.next();
          if (step.done) {
            const used = process.cpuUsage(cpu);
            logger.info(
              { conversations, turns: step.value, ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000) },
              'warmed up',
            );
            return resolve();
          }
          if (performance.now() >= until) break;
        }
        setImmediate(slice);
      } catch (error) {
        // A warm-up that fails says something is wrong in the dialogs, but it must not stop the bot.
        logger.error({ err: error }, 'warm-up failed');
        resolve();
      }
    };
    const timer = setTimeout(() => {
      if (stopped()) return resolve();
      logger.info({ conversations }, 'warming up');
      started = performance.now();
      cpu = process.cpuUsage();
      turns = warmUpTurns(settings, conversations, new Date().toISOString().slice(0, 10));
      setImmediate(slice);
    }, START_AFTER_MS);
    timer.unref(); // a process stopped before it starts doesn't wait for it
  });
}
