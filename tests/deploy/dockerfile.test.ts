/**
 * deploy/Dockerfile, read as text (no Docker engine here): Node 20, not root, and a CMD that
 * starts the file `npm run build` actually produces.
 */
import { execFile } from 'child_process';
import { readFileSync } from 'fs';
import { createServer } from 'http';
import { AddressInfo } from 'net';
import { join, posix } from 'path';

const root = join(__dirname, '../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

type Instruction = { op: string; args: string };

function parseDockerfile(text: string): Instruction[] {
  return text
    .replace(/\\\r?\n/g, ' ') // line continuations
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [, op, args] = /^(\S+)\s*(.*)$/.exec(l)!;
      return { op: op.toUpperCase(), args };
    });
}

const all = parseDockerfile(read('deploy/Dockerfile'));
const lastFrom = all.map((i) => i.op).lastIndexOf('FROM');
const runtime = all.slice(lastFrom);
const find = (op: string, stage = runtime) => stage.filter((i) => i.op === op);

/** Where tsc puts src/bot/index.ts, from tsconfig.build.json's rootDir and outDir. */
function builtEntry(): string {
  const options = JSON.parse(read('tsconfig.build.json')).compilerOptions;
  const rel = posix.relative(posix.normalize(options.rootDir), 'src/bot/index.ts').replace(/\.ts$/, '.js');
  return posix.join(posix.normalize(options.outDir), rel);
}

describe('deploy/Dockerfile', () => {
  it('builds and runs on Node 20 (bookworm-slim)', () => {
    const images = find('FROM', all).map((i) => i.args.split(/\s+/)[0]);
    expect(images.length).toBeGreaterThanOrEqual(2); // build stage + runtime stage
    for (const image of images) expect(image).toBe('node:20-bookworm-slim');
  });

  it('runs as a user that is not root, set before CMD', () => {
    const userAt = runtime.map((i) => i.op).lastIndexOf('USER');
    const cmdAt = runtime.map((i) => i.op).lastIndexOf('CMD');
    expect(userAt).toBeGreaterThan(-1);
    expect(userAt).toBeLessThan(cmdAt);
    const user = runtime[userAt].args.split(':')[0];
    expect(['root', '0', '']).not.toContain(user);
  });

  it('starts the file the build produces, the same one package.json names', () => {
    const entry = builtEntry();
    expect(entry).toBe('dist/bot/index.js');
    const [cmd] = find('CMD');
    expect(JSON.parse(cmd.args)).toEqual(['node', entry]);

    const pkg = JSON.parse(read('package.json'));
    const started = /\bnode\s+(\S+\.js)\b/.exec(pkg.scripts?.start ?? '')?.[1];
    if (started) expect(posix.normalize(started)).toBe(entry);
    if (pkg.main) expect(posix.normalize(pkg.main)).toBe(entry);
    // The runtime stage must receive that directory from the build stage.
    expect(find('COPY').some((c) => /^--from=build\s+\S*\/dist\s/.test(c.args))).toBe(true);
  });

  it('installs only production dependencies, without install scripts, in the image it ships', () => {
    const runs = find('RUN').map((r) => r.args).join('\n');
    expect(runs).toMatch(/npm ci --omit=dev --ignore-scripts/);
    expect(find('RUN', all.slice(0, lastFrom)).map((r) => r.args)).toEqual(expect.arrayContaining(['npm ci', 'npm run build']));
  });

  it('listens on 0.0.0.0:3978 in production and checks /healthz with node, not curl', () => {
    const env = find('ENV').map((e) => e.args).join(' ');
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
    expect(find('EXPOSE').map((e) => e.args)).toContain('3978');
    const [health] = find('HEALTHCHECK');
    expect(health.args).toMatch(/CMD \["node", "-e", .*\/healthz/);
    expect(health.args).not.toMatch(/curl|wget/);
  });

  it.each([[200, 0], [503, 1]])('HEALTHCHECK against a /healthz answering %s exits %s', async (status, exitCode) => {
    const [health] = find('HEALTHCHECK');
    const [node, ...args] = JSON.parse(health.args.replace(/^.*?\bCMD\s+/, '')) as string[];
    // Two calls, not a chain: restify (loaded by other tests in this worker) patches writeHead to return nothing.
    const server = createServer((req, res) => {
      res.writeHead(req.url === '/healthz' ? status : 404);
      res.end();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = String((server.address() as AddressInfo).port);
    try {
      const code = await new Promise<number>((ok) => {
        execFile(node === 'node' ? process.execPath : node, args, { env: { PORT: port }, timeout: 10000 }, (err) => ok(err ? Number(err.code ?? -1) : 0));
      });
      expect(code).toBe(exitCode);
    } finally {
      server.close();
    }
  });
});

describe('.dockerignore', () => {
  const ignored = read('.dockerignore').split('\n').map((l) => l.trim());

  it('keeps secrets and local installs out of the build context', () => {
    expect(ignored).toEqual(expect.arrayContaining(['.env', 'node_modules', '.git']));
  });

  it('does not exclude what the Dockerfile copies', () => {
    const copied = find('COPY', all)
      .filter((c) => !c.args.startsWith('--from'))
      .flatMap((c) => c.args.split(/\s+/).slice(0, -1));
    expect(copied.filter((f) => ignored.includes(f))).toEqual([]);
  });
});
