/**
 * `npm run bench:understanding [-- --verbose] [-- --lang=en]`: the labelled corpus through the
 * real conversation step; one line per language, the English line last. --verbose lists the
 * messages that weren't taken as labelled.
 */
import { LANGUAGES, type Language } from '../src/copy';
import { corpora } from '../tests/understanding/corpora';
import { score } from '../tests/understanding/score';

const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a.startsWith('--lang='))?.slice(7);

const f = (x: number) => x.toFixed(3);
const lines: string[] = [];
for (const lang of LANGUAGES as readonly Language[]) {
  const cases = corpora[lang];
  if ((only && only !== lang) || !cases) continue;
  const started = process.hrtime.bigint();
  const s = score(cases, lang);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (verbose) {
    for (const o of s.outcomes.filter((x) => !x.passed)) {
      console.log(`[${lang}] ${o.case.at}: ${JSON.stringify(o.case.say)} -> ${o.why.join('; ')}\n      bot: ${o.said.slice(0, 160).replace(/\n/g, ' ')}`);
    }
  }
  const tag = lang === 'en' ? 'understanding' : `understanding[${lang}]`;
  lines.push(`${tag}: precision=${f(s.precision)} recall=${f(s.recall)} questions-as-answers=${s.questionsAsAnswers} n=${s.n} (recorded ${s.recordedFacts}, ${(ms / s.n).toFixed(2)} ms per message)`);
}
lines.sort((a, b) => Number(a.startsWith('understanding:')) - Number(b.startsWith('understanding:')));
console.log(lines.join('\n'));
