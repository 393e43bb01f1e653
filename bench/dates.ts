/**
 * `npx ts-node --transpile-only bench/dates.ts`: the two date parsers the issue names, on the
 * corpus's account dates. For every message labelled with an account age (or a straddling
 * date, asked back), each parser alone turns the text into a span and a verdict against the
 * cutoff; the line per parser says how many it got right, how many it read wrong, and its time.
 * chrono-node is what src/understanding/dates.ts uses for written dates.
 */
import * as chrono from 'chrono-node';
import { cases } from '../tests/understanding/corpus/en';
import { hasTag } from '../src/understanding/analyze';
import { accountDate } from '../src/understanding/dates';
import { understanderFor } from '../src/understanding';

const REF = new Date('2026-12-01T12:00:00Z');
const CUTOFF = Date.UTC(2015, 7, 6);
type Verdict = 'before' | 'after' | 'straddles' | undefined;

const verdict = (from: number, to: number): Verdict => (to < CUTOFF ? 'before' : from >= CUTOFF ? 'after' : 'straddles');

function byChrono(text: string): Verdict {
  const r = chrono.en.parse(text, REF)[0];
  if (!r) return undefined;
  const y = r.start.get('year') as number;
  if (r.start.isCertain('day')) return verdict(r.start.date().getTime(), r.start.date().getTime());
  if (r.start.isCertain('month')) return verdict(Date.UTC(y, (r.start.get('month') as number) - 1, 1), Date.UTC(y, r.start.get('month') as number, 0));
  return verdict(Date.UTC(y, 0, 1), Date.UTC(y, 11, 31));
}

// Microsoft's Recognizers-Text DateTime, as botbuilder-dialogs' prompts use it (installed with botbuilder-dialogs).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let recognizers: any;
try {
  recognizers = require('@microsoft/recognizers-text-date-time');
} catch {
  recognizers = undefined;
}
let crashes = 0;
function byRecognizers(text: string): Verdict {
  let found;
  try {
    found = recognizers.recognizeDateTime(text, recognizers.Culture.English, undefined, REF)[0];
  } catch {
    crashes++; // it throws on some everyday inputs
    return undefined;
  }
  const v = found?.resolution?.values?.[0];
  if (!v) return undefined;
  const parse = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? Date.parse(`${s.slice(0, 10)}T00:00:00Z`) : NaN);
  const start = parse(v.start ?? v.value);
  const end = parse(v.end ?? v.value);
  if (Number.isNaN(start) && Number.isNaN(end)) return undefined;
  return verdict(Number.isNaN(start) ? -Infinity : start, Number.isNaN(end) ? start : end - (v.end ? 1 : 0));
}

const labelled = cases
  .filter((k) => (k.at === 'eligibility' || k.at === 'first') && (k.expect.record?.age === 'before' || k.expect.record?.age === 'after' || (k.expect.askBack && /\d/.test(k.say))))
  .map((k) => ({ say: k.say, want: (k.expect.record?.age ?? 'straddles') as Verdict }));

/** What the bot does: chrono-node for written dates inside the span grammar of src/understanding/dates.ts. */
function byBot(text: string): Verdict {
  const u = understanderFor('en');
  for (const c of u.analyzer.analyze(text).clauses) {
    const bound = hasTag(c, 'before') ? 'before' : hasTag(c, 'after') ? 'after' : undefined;
    const v = accountDate(c.tokens, c.raw, u.lexicon, { cutoff: '2015-08-06', today: '2026-12-01' }, hasTag(c, 'approx'), bound);
    if (v) return v;
  }
  return undefined;
}

for (const [name, parse] of [['chrono-node', byChrono], ['recognizers-text-date-time', recognizers ? byRecognizers : undefined], ['the bot (span grammar + chrono-node)', byBot]] as const) {
  if (!parse) {
    console.log(`${name}: not installed`);
    continue;
  }
  let right = 0;
  let wrong = 0;
  let none = 0;
  const started = process.hrtime.bigint();
  for (const { say, want } of labelled) {
    const got = parse(say);
    if (got === undefined) none++;
    else if (got === want) right++;
    else wrong++;
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`${name}: right=${right} wrong=${wrong} no-date=${none} of ${labelled.length}${parse === byRecognizers ? `, threw on ${crashes}` : ''} (${(ms / labelled.length).toFixed(2)} ms per message, first call included)`);
}
