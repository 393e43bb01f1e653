/**
 * Preloaded (node --expose-gc -r) into a server only in the bench's memory phase; nothing
 * of it is in the production code. On SIGUSR2: a full GC, then one JSON line with
 * process.memoryUsage() appended to BENCH_PROBE_FILE.
 */
import { appendFileSync } from 'fs';
import { getHeapSpaceStatistics } from 'v8';

process.on('SIGUSR2', () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const file = process.env.BENCH_PROBE_FILE;
  const spaces = Object.fromEntries(getHeapSpaceStatistics().map((x) => [x.space_name, { size: x.space_size, used: x.space_used_size }]));
  if (file) appendFileSync(file, `${JSON.stringify({ gc: !!gc, ...process.memoryUsage(), spaces })}\n`);
});
