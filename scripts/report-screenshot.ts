/**
 * `npm run report:screenshot`: the README's picture of the report (docs/report.png), from
 * 200 simulated conversations through the real bot, drawn by Debian's Chromium offline.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createServer } from 'http';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { parseLines, reportHtml } from '../src/analytics/report';
import { simulateConversations } from '../tests/support/simulate';
import { openBrowser } from '../tests/webchat/support/browser';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'report-shot-'));
  const file = join(dir, 'outcomes.jsonl');
  await simulateConversations(200, file);
  const chartJs = readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
  const html = reportHtml(parseLines(readFileSync(file, 'utf8')), chartJs);
  writeFileSync(join(dir, 'report.html'), html);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const browser = await openBrowser({ width: 1200, height: 900 });
  try {
    await browser.page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
    await browser.page.waitForFunction(() => (window as unknown as { reportCharts?: number }).reportCharts === 8);
    const out = join(__dirname, '../docs/report.png');
    await browser.page.screenshot({ path: out, fullPage: true });
    process.stdout.write(`${out}\n`);
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
