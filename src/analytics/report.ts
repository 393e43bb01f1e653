/**
 * The support team's report: the outcome events of a JSON-lines file (OUTCOMES_FILE) summed
 * up and drawn as one self-contained HTML page. The charting library's code comes in as a
 * string (chart.js's UMD build, read from node_modules by the command) and is inlined: the
 * page loads nothing from anywhere, and its Content-Security-Policy says so. Pure: no I/O.
 */
import { wordsFor, type CopyKey } from '../copy';
import { criteria } from '../rules';
import { OUTCOMES, type Outcome } from './session';

export type OutcomeLine = Record<string, unknown>;

export interface Figures {
  sessions: number;
  from?: string;
  to?: string;
  outcomes: Record<string, number>;
  funnel: Array<{ step: string; sessions: number }>;
  rates: { resolved: number; escalated: number; abandoned: number; confirmed: number };
  byDay: Array<{ day: string; sessions: number; resolved: number; escalated: number; abandoned: number }>;
  questions: Array<{ id: string; label: string; asked: number; dropOff: number; reAsks: number; notUnderstood: number }>;
  satisfaction: { counts: number[]; average?: number; answered: number };
  channels: Array<{ channel: string; sessions: number; outcomes: Record<string, number> }>;
  languages: Array<{ language: string; sessions: number }>;
}

const LABELS: Record<string, string> = {
  resolvedConfirmed: 'Resolved (confirmed)',
  resolvedImplied: 'Resolved (implied)',
  escalated: 'Escalated',
  abandoned: 'Abandoned',
  unengaged: 'Unengaged',
  notEligible: 'Not eligible',
};
const KINDS = ['resolvedConfirmed', 'resolvedImplied', 'escalated', 'abandoned', 'unengaged', 'notEligible'] as const;
const COLOURS: Record<string, string> = {
  resolvedConfirmed: '#107C10',
  resolvedImplied: '#7FBA00',
  escalated: '#0063B1',
  abandoned: '#D83B01',
  unengaged: '#8A8886',
  notEligible: '#B4A0FF',
};

/** The lines that are outcomes; anything else in the file (or a bad line) is skipped. */
export function parseLines(text: string): OutcomeLine[] {
  const out: OutcomeLine[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const v = JSON.parse(line) as OutcomeLine;
      if (v && v.name === 'conversationOutcome' && (OUTCOMES as readonly string[]).includes(String(v.outcome))) out.push(v);
    } catch {
      // a line cut short (the bot was stopped mid-write): skipped
    }
  }
  return out;
}

function kindOf(l: OutcomeLine): (typeof KINDS)[number] {
  const o = l.outcome as Outcome;
  if (o === 'resolved') return l.resolution === 'confirmed' ? 'resolvedConfirmed' : 'resolvedImplied';
  return o;
}

const counts = (v: unknown): Record<string, number> => {
  try {
    const parsed = typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => typeof e[1] === 'number'));
  } catch {
    return {};
  }
};

const ratio = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 10 : 0);

export function figuresOf(lines: OutcomeLine[]): Figures {
  const words = wordsFor('en', 'the');
  const kinds = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<string, number>;
  const steps = ['eligibility', ...criteria.map((c) => c.id)];
  const label = (id: string) => (id === 'eligibility' ? 'Account date' : words.t(`questions.${id}.topic` as CopyKey));
  const q = new Map(steps.map((id) => [id, { id, label: label(id), asked: 0, dropOff: 0, reAsks: 0, notUnderstood: 0 }]));
  const days = new Map<string, Figures['byDay'][number]>();
  const channels = new Map<string, Figures['channels'][number]>();
  const languages = new Map<string, number>();
  const rating = [0, 0, 0, 0, 0];
  let engaged = 0;
  let advised = 0;
  const times: string[] = [];
  for (const l of lines) {
    const kind = kindOf(l);
    kinds[kind] += 1;
    if (Number(l.answered) > 0 || l.outcome === 'escalated') engaged += 1;
    if (l.protocol) advised += 1;
    const when = typeof l.startedAt === 'string' ? l.startedAt : typeof l.time === 'string' ? l.time : '';
    if (when) times.push(when);
    const day = when.slice(0, 10) || 'unknown';
    const d = days.get(day) ?? { day, sessions: 0, resolved: 0, escalated: 0, abandoned: 0 };
    d.sessions += 1;
    if (l.outcome === 'resolved') d.resolved += 1;
    if (l.outcome === 'escalated') d.escalated += 1;
    if (l.outcome === 'abandoned') d.abandoned += 1;
    days.set(day, d);
    const ch = String(l.channel ?? 'unknown');
    const c = channels.get(ch) ?? { channel: ch, sessions: 0, outcomes: Object.fromEntries(KINDS.map((k) => [k, 0])) };
    c.sessions += 1;
    c.outcomes[kind] += 1;
    channels.set(ch, c);
    const lang = String(l.language ?? 'unknown');
    languages.set(lang, (languages.get(lang) ?? 0) + 1);
    for (const id of String(l.asked ?? '').split(',')) {
      const question = q.get(id);
      if (question) question.asked += 1;
    }
    if (l.outcome === 'abandoned' && q.get(String(l.dropOff))) q.get(String(l.dropOff))!.dropOff += 1;
    for (const [id, n] of Object.entries(counts(l.reAsksBy))) if (q.get(id)) q.get(id)!.reAsks += n;
    for (const [id, n] of Object.entries(counts(l.notUnderstoodBy))) if (q.get(id)) q.get(id)!.notUnderstood += n;
    const s = Number(l.satisfaction);
    if (Number.isInteger(s) && s >= 1 && s <= 5) rating[s - 1] += 1;
  }
  const n = lines.length;
  const answered = rating.reduce((a, b) => a + b, 0);
  times.sort();
  const resolved = kinds.resolvedConfirmed + kinds.resolvedImplied;
  return {
    sessions: n,
    from: times[0],
    to: times[times.length - 1],
    outcomes: kinds,
    funnel: [
      { step: 'Sessions', sessions: n },
      { step: 'Answered a question', sessions: engaged },
      { step: 'Saw the advice', sessions: advised },
      { step: 'Resolved', sessions: resolved },
      { step: 'Confirmed it helped', sessions: kinds.resolvedConfirmed },
    ],
    rates: { resolved: ratio(resolved, n), escalated: ratio(kinds.escalated, n), abandoned: ratio(kinds.abandoned, n), confirmed: ratio(kinds.resolvedConfirmed, n) },
    byDay: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    questions: [...q.values()],
    satisfaction: { counts: rating, answered, average: answered ? Math.round((100 * rating.reduce((a, c, i) => a + c * (i + 1), 0)) / answered) / 100 : undefined },
    channels: [...channels.values()].sort((a, b) => b.sessions - a.sessions),
    languages: [...languages.entries()].map(([language, sessions]) => ({ language, sessions })).sort((a, b) => b.sessions - a.sessions),
  };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON or code inside a <script>: no "</script" or "<!--" can end it early. */
const inScript = (s: string) => s.replace(/<(\/?script|!--)/gi, '\\x3C$1');

/** The page: figures as tiles, eight charts, a table per question; `chartJs` is the library's UMD code. */
export function reportHtml(lines: OutcomeLine[], chartJs: string, title = 'Support bot outcomes'): string {
  const f = figuresOf(lines);
  const period = f.from && f.to ? `${f.from.slice(0, 10)} to ${f.to.slice(0, 10)}` : 'no sessions yet';
  const tile = (value: string, what: string) => `<div class="tile"><b>${esc(value)}</b><span>${esc(what)}</span></div>`;
  const chart = (id: string, heading: string, wide = false) => `<section class="${wide ? 'wide' : ''}"><h2>${esc(heading)}</h2><div class="box"><canvas id="${id}" role="img" aria-label="${esc(heading)}"></canvas></div></section>`;
  const rows = f.questions.map((q) => `<tr><th scope="row">${esc(q.label)}</th><td>${q.asked}</td><td>${q.dropOff}</td><td>${q.reAsks}</td><td>${q.notUnderstood}</td></tr>`).join('');
  const data = { f, labels: LABELS, kinds: KINDS, colours: COLOURS };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>
body { font: 14px/1.4 "Segoe UI", system-ui, sans-serif; margin: 0; background: #f5f5f5; color: #201f1e; }
header { background: #0063B1; color: #fff; padding: 16px 24px; }
header h1 { margin: 0; font-size: 22px; }
header p { margin: 4px 0 0; opacity: .9; }
main { padding: 16px 24px; display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; }
.tiles { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 12px; }
.tile { background: #fff; border-radius: 6px; padding: 10px 16px; min-width: 130px; box-shadow: 0 1px 2px #0002; }
.tile b { display: block; font-size: 24px; }
section { background: #fff; border-radius: 6px; padding: 12px 16px; box-shadow: 0 1px 2px #0002; }
section.wide { grid-column: 1 / -1; }
h2 { font-size: 15px; margin: 0 0 8px; }
.box { position: relative; height: 260px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e1dfdd; }
td { text-align: right; }
</style>
</head>
<body>
<header><h1>${esc(title)}</h1><p>${f.sessions} sessions, ${esc(period)}. A session ends after the configured idle time; its outcome is counted once.</p></header>
<main>
<div class="tiles">
${tile(String(f.sessions), 'sessions')}
${tile(`${f.rates.resolved} %`, 'resolved')}
${tile(`${f.rates.confirmed} %`, 'confirmed by the person')}
${tile(`${f.rates.escalated} %`, 'escalated to a person')}
${tile(`${f.rates.abandoned} %`, 'abandoned')}
${tile(f.satisfaction.average !== undefined ? `${f.satisfaction.average} / 5` : '–', `satisfaction (${f.satisfaction.answered} ratings)`)}
</div>
${chart('funnel', 'Funnel: from opening the chat to a confirmed resolution')}
${chart('outcomes', 'Outcomes')}
${chart('overTime', 'Resolution, escalation and abandon rates per day', true)}
${chart('dropOff', 'Drop-off per question (abandoned sessions, last question on screen)')}
${chart('reAsks', 'Re-asks and not understood, per question')}
${chart('satisfaction', 'Satisfaction (1 poor – 5 great)')}
${chart('channels', 'Outcomes by channel')}
${chart('languages', 'Languages')}
<section class="wide"><h2>Per question</h2><table><thead><tr><th scope="col">Question</th><td>asked</td><td>drop-off</td><td>re-asks</td><td>not understood</td></tr></thead><tbody>${rows}</tbody></table></section>
</main>
<script>${inScript(chartJs)}</script>
<script>
const { f, labels, kinds, colours } = ${inScript(JSON.stringify(data))};
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
const drawn = [];
const make = (id, config) => drawn.push(new Chart(document.getElementById(id), config));
const q = f.questions.filter((x) => x.asked > 0);
make('funnel', { type: 'bar', data: { labels: f.funnel.map((s) => s.step), datasets: [{ label: 'sessions', data: f.funnel.map((s) => s.sessions), backgroundColor: '#0063B1' }] }, options: { indexAxis: 'y', plugins: { legend: { display: false } } } });
make('outcomes', { type: 'doughnut', data: { labels: kinds.map((k) => labels[k]), datasets: [{ data: kinds.map((k) => f.outcomes[k]), backgroundColor: kinds.map((k) => colours[k]) }] }, options: { plugins: { legend: { position: 'right' } } } });
const pct = (n, d) => (d ? Math.round((1000 * n) / d) / 10 : 0);
make('overTime', { type: 'line', data: { labels: f.byDay.map((d) => d.day), datasets: [
  { label: 'resolved %', data: f.byDay.map((d) => pct(d.resolved, d.sessions)), borderColor: colours.resolvedConfirmed, backgroundColor: colours.resolvedConfirmed },
  { label: 'escalated %', data: f.byDay.map((d) => pct(d.escalated, d.sessions)), borderColor: colours.escalated, backgroundColor: colours.escalated },
  { label: 'abandoned %', data: f.byDay.map((d) => pct(d.abandoned, d.sessions)), borderColor: colours.abandoned, backgroundColor: colours.abandoned },
  { label: 'sessions', data: f.byDay.map((d) => d.sessions), type: 'bar', yAxisID: 'n', backgroundColor: '#c8c6c4' },
] }, options: { scales: { y: { min: 0, max: 100, title: { display: true, text: '%' } }, n: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: 'sessions' } } } } });
make('dropOff', { type: 'bar', data: { labels: q.map((x) => x.label), datasets: [{ label: 'abandoned here', data: q.map((x) => x.dropOff), backgroundColor: colours.abandoned }] }, options: { plugins: { legend: { display: false } } } });
make('reAsks', { type: 'bar', data: { labels: q.map((x) => x.label), datasets: [
  { label: 're-asked', data: q.map((x) => x.reAsks), backgroundColor: '#FFB900' },
  { label: 'not understood', data: q.map((x) => x.notUnderstood), backgroundColor: '#D83B01' },
] } });
make('satisfaction', { type: 'bar', data: { labels: ['1', '2', '3', '4', '5'], datasets: [{ label: 'ratings', data: f.satisfaction.counts, backgroundColor: ['#D83B01', '#FF8C00', '#FFB900', '#7FBA00', '#107C10'] }] }, options: { plugins: { legend: { display: false } } } });
make('channels', { type: 'bar', data: { labels: f.channels.map((c) => c.channel), datasets: kinds.map((k) => ({ label: labels[k], data: f.channels.map((c) => c.outcomes[k]), backgroundColor: colours[k] })) }, options: { scales: { x: { stacked: true }, y: { stacked: true } } } });
make('languages', { type: 'doughnut', data: { labels: f.languages.map((l) => l.language), datasets: [{ data: f.languages.map((l) => l.sessions), backgroundColor: ['#0063B1', '#FFB900', '#107C10', '#D83B01', '#8A8886'] }] }, options: { plugins: { legend: { position: 'right' } } } });
window.reportCharts = drawn.length;
</script>
</body>
</html>
`;
}
