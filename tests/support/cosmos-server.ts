/**
 * A Cosmos DB SQL API server for tests: @vercel/cosmosdb-server (npm), an open-source
 * implementation, not Microsoft's emulator. 127.0.0.1 only, a free port, plain HTTP: the
 * bot's Cosmos client has endpoint discovery off, so it needs no TLS and no certificate
 * check has to be disabled. It keeps data in memory: a restart of it starts empty.
 */
import { spawn, type ChildProcess } from 'child_process';
import { join } from 'path';
import { freePort, ROOT } from './bot-process';

const CLI = join(ROOT, 'node_modules/@vercel/cosmosdb-server/lib/cli.js');
/** Any base64 key: the server does not check signatures. */
export const COSMOS_TEST_KEY = Buffer.from('cosmos-test-key').toString('base64');

export interface CosmosServer {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startCosmosServer(): Promise<CosmosServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [CLI, '--host', '127.0.0.1', '-p', String(port), '--no-ssl'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`cosmosdb-server did not start: ${out}`)), 15_000);
    const onData = (d: Buffer) => {
      out += d;
      if (out.includes('Ready to accept')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d) => (out += d));
    child.once('exit', () => reject(new Error(`cosmosdb-server exited: ${out}`)));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
