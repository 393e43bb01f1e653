/**
 * `npm run report -- FILE [OUT.html]`: the outcome events in FILE (OUTCOMES_FILE, JSON lines)
 * as one self-contained HTML page with charts (chart.js inlined from node_modules, no CDN).
 * OUT defaults to FILE with .html in place of its extension.
 */
import { readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { parseLines, reportHtml } from '../src/analytics/report';

function main(argv: string[]): number {
  const [file, out = file?.replace(/(\.[^./\\]+)?$/, '.html')] = argv;
  if (!file) {
    process.stderr.write('usage: npm run report -- OUTCOMES_FILE [OUT.html]\n');
    return 64;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
    return 66;
  }
  const lines = parseLines(text);
  // chart.js exports no path to its UMD build: it sits beside the main file, in dist/.
  const chartJs = readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
  writeFileSync(out, reportHtml(lines, chartJs));
  process.stdout.write(`${out}: ${lines.length} sessions\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
