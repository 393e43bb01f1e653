/**
 * A real Azure Blob Storage server (Azurite, from npm) for tests: 127.0.0.1 only, a free
 * port, a temporary folder. stop() shuts it down gracefully (it saves its data);
 * start() brings it back on the same folder and port, so stored blobs survive.
 */
import { spawn, type ChildProcess } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { freePort, ROOT } from './bot-process';

const MAIN = join(ROOT, 'node_modules/azurite/dist/src/blob/main.js');
/** Azurite's well-known development account key (public, not a secret). */
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  port: number;
  connectionString: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Freezes it (SIGSTOP): connections are accepted and never answered, like a hung service. */
  freeze(): void;
  thaw(): void;
  /** Stops it and removes its folder. */
  dispose(): Promise<void>;
}

export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const location = mkdtempSync(join(tmpdir(), 'azurite-'));
  let child: ChildProcess | undefined;
  const azurite: Azurite = {
    port,
    connectionString:
      `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};` +
      `BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
    async start() {
      const args = ['--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', location];
      child = spawn(process.execPath, [MAIN, ...args, '--skipApiVersionCheck', '--loose', '--disableTelemetry', '--silent'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let errors = '';
      child.stderr?.on('data', (d) => (errors += d));
      await waitListening(port, child, () => errors);
    },
    async stop() {
      const c = child;
      child = undefined;
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGTERM');
      const force = setTimeout(() => c.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(force);
    },
    freeze() {
      child?.kill('SIGSTOP');
    },
    thaw() {
      child?.kill('SIGCONT');
    },
    async dispose() {
      azurite.thaw();
      await azurite.stop();
      rmSync(location, { recursive: true, force: true });
    },
  };
  await azurite.start();
  return azurite;
}

/** Ready when the blob endpoint answers HTTP at all (any status). */
async function waitListening(port: number, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Azurite exited: ${errors()}`);
    try {
      await fetch(`http://127.0.0.1:${port}/devstoreaccount1?comp=list`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`Azurite did not start on port ${port}: ${errors()}`);
}
