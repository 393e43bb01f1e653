/**
 * Starts the real bot (the built `npm start` code) as a child process on 127.0.0.1 and a
 * free port, waits until /healthz answers, and stops it. Tests use it for end-to-end runs.
 */
import { spawn, type ChildProcess } from 'child_process';
import { createServer } from 'net';
import { join } from 'path';

export const ROOT = join(__dirname, '../..');
export const ENTRY = join(ROOT, 'dist/bot/index.js');

export interface BotProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process printed (JSON log lines, config errors). */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** A clean environment: nothing from the developer's shell or .env leaks into tests. */
export function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  // No background warm-up (a second or two of CPU per start on 2 cores), except where a test asks for it (warm-up.test.ts).
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', HOST: '127.0.0.1', WARM_UP_CONVERSATIONS: '0' };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

export interface StartOptions {
  port?: number;
  waitHealthy?: boolean;
  /** A file descriptor to be the bot's stdout (a pipe the test controls); output() then has stderr only. */
  stdout?: number;
}

export async function startBot(env: Record<string, string | undefined> = {}, opts: StartOptions = {}): Promise<BotProcess> {
  const port = opts.port ?? (await freePort());
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', ENTRY], {
    cwd: ROOT,
    env: baseEnv({ PORT: String(port), ...env }),
    stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const bot: BotProcess = {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => out,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
  if (opts.waitHealthy !== false) await waitHealthy(bot, exited);
  return bot;
}

async function waitHealthy(bot: BotProcess, exited: Promise<number | null>): Promise<void> {
  let done = false;
  void exited.then(() => (done = true));
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (done) throw new Error(`bot exited during start:\n${bot.output()}`);
    try {
      const res = await fetch(`${bot.url}/healthz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await bot.stop('SIGKILL');
  throw new Error(`bot did not become healthy:\n${bot.output()}`);
}

/** Starts several bots at once; each one that started is handed to `track` even if another failed. */
export async function startBots(count: number, env: Record<string, string | undefined>, track: (bot: BotProcess) => void): Promise<BotProcess[]> {
  const settled = await Promise.allSettled(Array.from({ length: count }, () => startBot(env).then((b) => (track(b), b))));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<BotProcess>).value);
}
