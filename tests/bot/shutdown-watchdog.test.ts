/**
 * The shutdown watchdog ends a process whose main thread never yields (a busy loop after
 * SIGTERM): the grace period holds whatever keeps the event loop busy.
 */
import { spawn } from 'child_process';
import { join } from 'path';
import { ROOT } from '../support/bot-process';

it('kills a process spinning on its main thread once the time is up', async () => {
  const shutdown = join(ROOT, 'dist/bot/shutdown.js');
  const child = spawn(process.execPath, ['-e', `require(${JSON.stringify(shutdown)}).killAfter(300); for (;;) {}`], { stdio: 'ignore' });
  const started = Date.now();
  const signal = await new Promise((resolve) => child.once('exit', (_code, sig) => resolve(sig)));
  expect(signal).toBe('SIGKILL');
  expect(Date.now() - started).toBeLessThan(3_000);
});
