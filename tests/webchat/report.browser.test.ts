/**
 * The support team's report, end to end: 200 simulated conversations through the real bot
 * write OUTCOMES_FILE; `npm run report` turns it into one HTML page; Chromium opens it
 * (served from 127.0.0.1, every other request refused) and draws every chart, with no
 * console errors and nothing fetched from anywhere.
 */
import { execFile } from 'child_process';
import { createServer, type Server } from 'http';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { promisify } from 'util';
import { ROOT } from '../support/bot-process';
import { simulateConversations } from '../support/simulate';
import { openBrowser, type Browser } from './support/browser';

const dir = mkdtempSync(join(tmpdir(), 'report-'));
const file = join(dir, 'outcomes.jsonl');
const page = join(dir, 'report.html');
let server: Server | undefined;
let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  rmSync(dir, { recursive: true, force: true });
});

it('draws the funnel, rates, drop-off, re-asks, satisfaction, channels and languages of 200 conversations', async () => {
  const simulated = await simulateConversations(200, file);
  expect(simulated.sessions).toBe(200);
  const kinds = new Set(simulated.outcomes.map((o) => `${o.outcome}${o.resolution ? `/${o.resolution}` : ''}`));
  expect([...kinds].sort()).toEqual(['abandoned', 'escalated', 'notEligible', 'resolved/confirmed', 'resolved/implied', 'unengaged']);
  expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(200);

  const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'report', '--', file, page], { cwd: ROOT });
  expect(stdout).toMatch(/200 sessions/);
  const html = readFileSync(page, 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/cdn/i);

  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  browser = await openBrowser({ width: 1280, height: 1600 });
  const p = browser.page;
  await p.goto(`http://127.0.0.1:${port}/`);
  await p.waitForFunction(() => (window as unknown as { reportCharts?: number }).reportCharts === 8, undefined, { timeout: 15_000 });

  expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe('Support bot outcomes');
  for (const heading of [/^Funnel/, /^Outcomes$/, /rates per day/, /^Drop-off per question/, /^Re-asks and not understood/, /^Satisfaction/, /^Outcomes by channel/, /^Languages/]) {
    await p.getByRole('heading', { level: 2, name: heading }).waitFor({ timeout: 5_000 });
  }
  expect(await p.locator('header p').textContent()).toMatch(/^200 sessions, 2026-11-\d\d to 2026-1[12]-\d\d/);
  // Every canvas has something painted on it (bars, slices, lines, axes).
  const painted = await p.$$eval('canvas', (canvases) => canvases.map((c) => {
    const { width, height } = c as HTMLCanvasElement;
    const data = (c as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, width, height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n / (width * height);
  }));
  expect(painted).toHaveLength(8);
  for (const share of painted) expect(share).toBeGreaterThan(0.02);
  expect(await p.getByRole('row', { name: /Where you read email/ }).count()).toBe(1);
  expect(browser.errors).toEqual([]);
  expect(browser.blocked).toEqual([]);
}, 180_000);
