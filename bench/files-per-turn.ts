/**
 * How many of the project's source files one message passes through: the real app in this
 * process, warmed up, then V8's precise coverage around a single typed answer over HTTP.
 * Run on a build: `npm run build && npx ts-node --transpile-only bench/files-per-turn.ts [dist dir]`.
 */
import { Session } from 'inspector/promises';
import { resolve } from 'path';

async function main(): Promise<void> {
  const dist = resolve(process.argv[2] ?? 'dist');
  process.env.LOG_LEVEL = 'silent';
  const { loadConfig } = require(`${dist}/bot/config`);
  const { createApp } = require(`${dist}/bot/app`);
  const app = await createApp(loadConfig({ LOG_LEVEL: 'silent', PORT: '0' }));
  await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${app.server.address().port}/api/messages`;
  let n = 0;
  const say = (text: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text, id: `m${++n}`, channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'files' }, from: { id: 'u' }, recipient: { id: 'b' }, deliveryMode: 'expectReplies' }),
    }).then((r) => r.json());
  await say('hi');
  await say('yes');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await say('just my laptop');
  const { result } = await session.post('Profiler.takePreciseCoverage');
  const files = result
    .filter((s) => s.url.includes(`${dist}/`) && s.functions.some((f) => f.ranges.some((r) => r.count > 0)))
    .map((s) => s.url.replace(`file://${dist}/`, ''))
    .sort();
  console.log(files.join('\n'));
  console.log(`files: ${files.length}`);
  app.server.close();
  process.exit(0);
}
void main();
