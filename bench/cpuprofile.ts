/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and summarises where the time went: the top
 * functions by self time, self time by package, and inclusive time of chosen functions.
 *   node .tmp/bench-build/bench/cpuprofile.js FILE.cpuprofile [top=30]
 *   node .tmp/bench-build/bench/cpuprofile.js FILE.cpuprofile --callers=FUNCTION_NAME
 */
import { readFileSync } from 'fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export function packageOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return 'node';
  const ours = /\/(dist|src|bench)\/(.+?)(\.js|\.ts)?$/.exec(url);
  if (ours) return `ours:${ours[2].split('/').slice(0, -1).join('/') || ours[2]}`;
  return url;
}

export interface Summary {
  totalMs: number;
  bySelf: Array<{ key: string; ms: number; share: number }>;
  byPackage: Array<{ key: string; ms: number; share: number }>;
  byInclusive: Array<{ key: string; ms: number; share: number }>;
}

export function summarise(file: string, top = 30): Summary {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: Node) => {
    const f = n.callFrame;
    const where = f.url ? `${f.url.replace(/^.*node_modules\//, '').replace(/^.*\/(dist|src)\//, '$1/')}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'} ${where}`.trim();
  };
  const self = new Map<string, number>();
  const pkg = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    const n = byId.get(p.samples[i]) as Node;
    if (n.callFrame.functionName === '(idle)') continue;
    total += dt;
    const key = label(n);
    self.set(key, (self.get(key) ?? 0) + dt);
    const k = packageOf(n.callFrame.url, n.callFrame.functionName);
    pkg.set(k, (pkg.get(k) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const m = byId.get(id) as Node;
      const kk = label(m);
      if (seen.has(kk)) continue;
      seen.add(kk);
      incl.set(kk, (incl.get(kk) ?? 0) + dt);
    }
  }
  const sorted = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, ms]) => ({ key, ms, share: ms / total }));
  return { totalMs: total, bySelf: sorted(self, top), byPackage: sorted(pkg, 20), byInclusive: sorted(incl, 60) };
}

export function print(s: Summary, out: (l: string) => void = console.log): void {
  const row = (x: { key: string; ms: number; share: number }) => `${(100 * x.share).toFixed(1).padStart(5)}%  ${x.ms.toFixed(0).padStart(6)} ms  ${x.key}`;
  out(`busy (non-idle) time sampled: ${s.totalMs.toFixed(0)} ms`);
  out('-- top self time --');
  s.bySelf.forEach((x) => out(row(x)));
  out('-- self time by package --');
  s.byPackage.forEach((x) => out(row(x)));
  out('-- inclusive time (top) --');
  s.byInclusive.forEach((x) => out(row(x)));
}


/** The call stacks (up to `depth` frames) that lead to functions named `name`, heaviest first. */
export function callers(file: string, name: string, depth = 8, top = 6): Array<{ stack: string; ms: number }> {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  p.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const inclusive = (n: Node): number => (selfMs.get(n.id) ?? 0) + (n.children ?? []).reduce((a, c) => a + inclusive(byId.get(c) as Node), 0);
  const stacks = new Map<string, number>();
  for (const n of p.nodes) {
    if (n.callFrame.functionName !== name) continue;
    // Count each matching frame once: skip it when an ancestor matches too.
    let nested = false;
    for (let id = parent.get(n.id); id !== undefined; id = parent.get(id)) if ((byId.get(id) as Node).callFrame.functionName === name) nested = true;
    if (nested) continue;
    const frames: string[] = [];
    for (let id: number | undefined = n.id, i = 0; id !== undefined && i < depth; id = parent.get(id), i++) {
      const f = (byId.get(id) as Node).callFrame;
      frames.push(`${f.functionName || '(anon)'}@${f.url.replace(/^.*node_modules\//, '').replace(/^.*\/(dist|src)\//, '$1/')}:${f.lineNumber + 1}`);
    }
    const key = frames.join(' < ');
    stacks.set(key, (stacks.get(key) ?? 0) + inclusive(n));
  }
  return [...stacks].sort((a, b) => b[1] - a[1]).slice(0, top).map(([stack, ms]) => ({ stack, ms }));
}

if (require.main === module) {
  const [file, option] = process.argv.slice(2);
  if (option?.startsWith('--callers=')) {
    for (const c of callers(file, option.slice('--callers='.length))) console.log(`${c.ms.toFixed(0).padStart(6)} ms  ${c.stack}`);
  } else {
    print(summarise(file, Number(option ?? 30)));
  }
}
