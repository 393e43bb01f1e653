/**
 * A message as clauses of recognised phrases, each knowing whether a negation reaches it and
 * whether its clause asks something. What the phrases mean is decided in facts.ts, age.ts and
 * intents.ts; this file only finds them.
 */
import { PhraseMatcher, MAX_TYPO_LOOKUPS, wordsOf, type Hit } from './matcher';
import type { Lexicon, Tag } from './lexicon';
import { clausesOf, joinsOf, type Joins } from './text';

export interface ClauseReading {
  /** Words, typos corrected. */
  tokens: string[];
  raw: string;
  hits: Hit[];
  /** Where the clause's own words start, after filler ("hmm no" -> 1). */
  start: number;
  /** Ends with "?" or is phrased as a question ("what is", "how do I"). */
  question: boolean;
  negated: (hit: Hit) => boolean;
}

export interface Analysis {
  clauses: ClauseReading[];
  /** The whole message's words without leading filler or trailing politeness ("um, help please" -> "help"). */
  core: string;
  tokenCount: number;
}

/** Words that end a negation's reach inside a clause: "not webmail, just my laptop", "I don't... I use". */
const NEGATION_ENDS = new Set(['only', 'just', 'i', 'im', 'ive', 'instead', 'rather', 'apart']);
const LEAD_INS = new Set(['sorry', 'ok', 'okay', 'so', 'and', 'but', 'wait', 'quick', 'also', 'then', 'actually', 'oh', 'hey', 'pardon', 'excuse', 'entschuldigung', 'pardon', 'perdon', 'vale', 'bon', 'alors', 'also', 'und', 'et', 'y']);
const POLITE_ENDINGS = ['please', 'pls', 'plz', 'thanks', 'thank you', 'thx', 'now', 'then', 'again', 'mate', 'bot', 'bitte', 'svp', 'stp', 'porfa', 'por favor'];

export class Analyzer {
  readonly matcher: PhraseMatcher;
  private readonly contrast: Set<string>;
  private readonly continuations: Set<string>;
  private readonly elisions: Set<string>;
  private readonly trailing: Set<string>;
  private readonly joins: Joins;
  private readonly ends: Set<string>;
  private readonly resumptive: Set<string>;
  private readonly fillers: string[][];
  private readonly endings: string[][];

  constructor(readonly lexicon: Lexicon) {
    this.matcher = new PhraseMatcher(phrasesOf(lexicon), lexicon.commonWords, new Set(lexicon.elisions), lexicon.hides);
    this.contrast = new Set(lexicon.contrastWords);
    this.continuations = new Set(lexicon.continuations ?? []);
    this.elisions = new Set(lexicon.elisions);
    this.trailing = new Set(lexicon.trailingNegations);
    this.joins = joinsOf(lexicon.and, lexicon.statementStarters);
    this.ends = new Set([...NEGATION_ENDS, ...(lexicon.negationEnds ?? [])]);
    this.resumptive = new Set((lexicon.resumptiveNegations ?? []).map((p) => wordsOf(p, this.elisions).join(' ')));
    const elided = new Set(lexicon.elisions);
    this.fillers = lexicon.fillers.map((f) => wordsOf(f, elided)).sort((a, b) => b.length - a.length);
    this.endings = POLITE_ENDINGS.map((f) => wordsOf(f, elided)).sort((a, b) => b.length - a.length);
    this.interrogatives = new Set((lexicon.concepts.questionWord ?? []).map((p) => wordsOf(p)).filter((w) => w.length === 1).map((w) => w[0]));
  }

  private readonly interrogatives: Set<string>;

  analyze(message: string): Analysis {
    const budget = { lookups: MAX_TYPO_LOOKUPS };
    const clauses = clausesOf(message, this.contrast, this.elisions, this.joins, this.lexicon.ordinalDots, this.continuations).map((c) => {
      const tokens = this.matcher.correct(c.tokens, budget);
      const hits = this.matcher.find(tokens);
      const start = this.leadingFiller(tokens);
      // "what is IMAP", "sorry what does IMAP stand for", "ok so how do I...".
      const question = c.asked || this.asks(tokens, start) || (LEAD_INS.has(tokens[start]) && this.asks(tokens, start + 1));
      return { tokens, raw: c.raw, hits, start, question, negated: negation(tokens, hits, this.trailing, this.ends, this.resumptive, this.joins.and) };
    });
    const all = clauses.flatMap((c) => c.tokens);
    return { clauses, core: this.core(all).join(' '), tokenCount: all.length };
  }

  /**
   * A clause that starts as a question: "what", "how", "which"... Words that also start
   * statements count only before a subject ("is it", "do you", "can I"; not "do my own
   * backups"); "when" and "where" need the question mark.
   */
  private asks(tokens: string[], at: number): boolean {
    const w = tokens[at];
    if (!w || !this.interrogatives.has(w) || this.lexicon.statementStarts.includes(w)) return false;
    if (!this.lexicon.auxiliaries.includes(w)) return true;
    // A subject, or the pair the question word makes with it ("como lo": "cómo lo pongo", not "que lo haga el servidor").
    const next = tokens[at + 1] ?? '';
    return this.lexicon.subjects.includes(next) || this.lexicon.subjects.includes(`${w} ${next}`);
  }

  private leadingFiller(tokens: string[]): number {
    let i = 0;
    for (let changed = true; changed && i < tokens.length - 1; ) {
      changed = false;
      for (const f of this.fillers) {
        if (i + f.length < tokens.length && f.every((w, k) => tokens[i + k] === w)) {
          i += f.length;
          changed = true;
          break;
        }
      }
    }
    return i;
  }

  /** The message without the filler people put around a short answer or command. */
  private core(tokens: string[]): string[] {
    let t = tokens;
    for (let changed = true; changed && t.length > 1; ) {
      changed = false;
      for (const f of this.fillers) {
        if (f.length < t.length && f.every((w, i) => t[i] === w)) {
          t = t.slice(f.length);
          changed = true;
          break;
        }
      }
    }
    for (let changed = true; changed && t.length > 1; ) {
      changed = false;
      for (const e of this.endings) {
        if (e.length < t.length && e.every((w, i) => t[t.length - e.length + i] === w)) {
          t = t.slice(0, t.length - e.length);
          changed = true;
          break;
        }
      }
    }
    return t;
  }
}

/** Every phrase of the lexicon, keyed by what it stands for. */
function* phrasesOf(l: Lexicon): Iterable<[string, string]> {
  for (const [tag, list] of Object.entries(l.concepts)) for (const p of list ?? []) yield [`t:${tag}`, p];
  for (const [name, list] of Object.entries(l.programs)) for (const p of list) yield [`p:${name}`, p];
  for (const [criterion, values] of Object.entries(l.onScreen)) {
    for (const [value, list] of Object.entries(values ?? {})) for (const p of list) yield [`o:${criterion}:${value}`, p];
  }
  for (const [command, list] of Object.entries(l.commandPhrases)) for (const p of list ?? []) yield [`c:${command}`, p];
  for (const [topic, list] of Object.entries(l.questions)) for (const p of list ?? []) yield [`q:${topic}`, p];
  for (const p of l.whatIsThat) yield ['q:that', p];
  for (const [kind, list] of Object.entries(l.smallTalk)) for (const p of list) yield [`s:${kind}`, p];
  for (const [language, list] of Object.entries(l.languageNames)) for (const p of list) yield [`l:${language}`, p];
}

/**
 * Which hits a negation reaches: a negation word reaches the phrases after it in its clause,
 * up to a word that starts something new ("just", "I"). A leading "no" reaches only the
 * phrase right after it ("no webmail"), since "no, I use Outlook" answers the question first.
 */
function negation(tokens: string[], hits: Hit[], trailing: ReadonlySet<string>, ends: ReadonlySet<string>, resumptive: ReadonlySet<string>, and: ReadonlySet<string>): (hit: Hit) => boolean {
  const short = tokens.length <= 3;
  // "Webmail nutze ich nicht": a negation closing the clause reaches what came before it.
  const last = tokens.length - 1;
  const closing = last > 0 && (trailing.has(tokens[last]) || (last > 1 && trailing.has(tokens[last - 1]) && tokens[last].length <= 4)) ? (trailing.has(tokens[last]) ? last : last - 1) : -1;
  // "el móvil no lo uso": a negation before a pronoun for what came first reaches back to it, as far as an "and".
  let back = -1;
  let backTo = -1;
  for (let i = 1; i + 1 < tokens.length; i++) if (resumptive.has(`${tokens[i]} ${tokens[i + 1]}`)) back = i;
  if (back > 0) for (let i = back - 1; i >= 0 && backTo < 0; i--) if (and.has(tokens[i])) backTo = i;
  // "I don't", "it doesn't", "I don't think so" answer no and negate what follows too.
  const negations = hits.filter((h) => h.key === 't:negation' || ((h.key === 't:no' || h.key === 't:noHedged') && h.end - h.start > 1));
  const leadingNo = hits.find((h) => h.key === 't:no' && h.start === 0);
  return (hit: Hit) => {
    if (negations.includes(hit)) return false;
    if (closing >= 0 && hit.end <= closing) return true;
    if (back > 0 && hit.end <= back && hit.start > backTo) return true;
    if (short && leadingNo && hit !== leadingNo && hit.start === leadingNo.end) return true;
    for (const n of negations) {
      if (n.end > hit.start) continue;
      let reaches = true;
      for (let i = n.end; i < hit.start && reaches; i++) if (ends.has(tokens[i])) reaches = false;
      if (reaches) return true;
    }
    return false;
  };
}

/** Hits that name a device or a program (Web Mail included): "no phone" denies one, "my new laptop" dates one. */
const THING_KEYS = ['t:computer', 't:phone', 't:tablet', 't:deviceWord', 't:webmail', 'p:'];
export const isThing = (h: Hit) => THING_KEYS.some((k) => h.key.startsWith(k));

/** Hits of one kind in a clause ("t:phone", "p:", "q:") that no negation reaches. */
export function positive(clause: ClauseReading, prefix: string): Hit[] {
  return clause.hits.filter((h) => h.key.startsWith(prefix) && !clause.negated(h));
}

export function negative(clause: ClauseReading, prefix: string): Hit[] {
  return clause.hits.filter((h) => h.key.startsWith(prefix) && clause.negated(h));
}

/** "not sure", "no idea", also when typed with a question mark ("how would I know?"), as long as that is all the clause says. */
export function saysUnsure(c: ClauseReading): boolean {
  return c.hits.some((h) => h.key === 't:unsure' && !c.negated(h) && (!c.question || c.tokens.length - c.start <= h.end - h.start + 1));
}

/**
 * The clause names this topic, by a phrase of its own or by one of the topic's words inside a
 * longer phrase ("mailbox" in "my mailbox keeps telling me it's full").
 */
export function mentions(c: ClauseReading, tag: Tag, lexicon: Lexicon): boolean {
  if (hasTag(c, tag, 'any')) return true;
  const words = singleWords(lexicon, tag);
  return c.tokens.some((t) => words.has(t));
}

const singles = new WeakMap<Lexicon, Map<Tag, Set<string>>>();
function singleWords(lexicon: Lexicon, tag: Tag): Set<string> {
  let byTag = singles.get(lexicon);
  if (!byTag) singles.set(lexicon, (byTag = new Map()));
  let set = byTag.get(tag);
  if (!set) byTag.set(tag, (set = new Set((lexicon.concepts[tag] ?? []).map((p) => wordsOf(p)).filter((w) => w.length === 1).map((w) => w[0]))));
  return set;
}

export function hasTag(clause: ClauseReading, tag: Tag, negated: boolean | 'any' = false): boolean {
  const key = `t:${tag}`;
  return clause.hits.some((h) => h.key === key && (negated === 'any' || clause.negated(h) === negated));
}
