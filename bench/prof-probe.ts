/**
 * Preloaded (node -r) into a server only by `npm run bench:profile`; nothing of it is in
 * the production code. The first SIGUSR2 starts V8's CPU profiler, the second stops it and
 * writes the .cpuprofile to BENCH_PROFILE_FILE, so the profile covers the load only (not
 * start-up and module loading, as `node --cpu-prof` would).
 */
import { Session } from 'inspector';
import { writeFileSync } from 'fs';

const session = new Session();
session.connect();
let running = false;
process.on('SIGUSR2', () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start')));
    return;
  }
  running = false;
  session.post('Profiler.stop', (err, result) => {
    const file = process.env.BENCH_PROFILE_FILE as string;
    writeFileSync(file, err ? JSON.stringify({ error: String(err) }) : JSON.stringify(result.profile));
    writeFileSync(`${file}.done`, '');
  });
});
