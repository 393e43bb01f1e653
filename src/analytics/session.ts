/**
 * A session's outcome, as support products count it (Copilot Studio's analytics): one
 * session is the turns of a conversation until it has been idle for the configured time.
 * Pure: the clock comes in as `now`; no I/O, no botbuilder. The tally kept in the
 * conversation's state is small (ids, counts, flags: never text, names or user ids).
 */

/** What the support team reads for a session, in the order that decides it. */
export const OUTCOMES = ['escalated', 'resolved', 'notEligible', 'abandoned', 'unengaged'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A step of the interview: the account-date question or a criterion id. */
export type Step = string;

export interface SessionTally {
  /** When the session began and when its last turn was (ms since epoch). */
  start: number;
  last: number;
  /** Messages from the person in this session. */
  turns: number;
  /** The questions shown, first time each, in order ('eligibility' is the account date). */
  asked: Step[];
  /** Answers recorded (the account date and each criterion). */
  answered: number;
  /** The same question shown again (after a miss, a check, help) and messages not understood, per question. */
  reAsks?: Record<Step, number>;
  notUnderstood?: Record<Step, number>;
  /** Where the person was at the end of the last turn: a question, 'advised', 'feedback'... */
  at?: string;
  advised?: 'IMAP' | 'POP';
  /** "Did this help?": yes or no. */
  helpful?: boolean;
  /** 1-5, asked after a "yes". */
  rating?: number;
  /** The person asked for a person (or the request form). */
  escalated?: boolean;
  /** The account is too new for the advice. */
  ineligible?: boolean;
  channel: string;
  language: string;
}

/** A turn as the tally sees it: where the conversation was before and after, and what was heard. */
export interface TurnObservation {
  now: number;
  /** A message from the person (not a join). */
  message: boolean;
  /** The question on screen before and after the turn, if any. */
  before?: Step;
  after?: Step;
  /** Where the conversation is after the turn (a phase or the question on screen). */
  at: string;
  /** The turn showed a question (again). */
  asked: boolean;
  /** Answers recorded by this turn (the account date and criteria; a start over counts none). */
  newAnswers: number;
  events: Array<{ name: string; properties: Record<string, string | number | boolean> }>;
  channel: string;
  language: string;
}

export interface OutcomeSummary {
  name: 'conversationOutcome';
  properties: Record<string, string | number | boolean>;
}

export function beginSession(now: number, channel: string, language: string): SessionTally {
  return { start: now, last: now, turns: 0, asked: [], answered: 0, channel, language };
}

/** The session is over once nobody wrote for `idleMs`. */
export function isIdle(s: SessionTally, now: number, idleMs: number): boolean {
  return now - s.last >= idleMs;
}

/** The tally after one turn. */
export function tally(previous: SessionTally | undefined, t: TurnObservation): SessionTally {
  const s: SessionTally = previous
    ? { ...previous, asked: [...previous.asked], reAsks: previous.reAsks && { ...previous.reAsks }, notUnderstood: previous.notUnderstood && { ...previous.notUnderstood } }
    : beginSession(t.now, t.channel, t.language);
  s.last = t.now;
  s.language = t.language;
  if (t.message) s.turns += 1;
  s.answered += Math.max(0, t.newAnswers);
  if (t.after && !s.asked.includes(t.after) && s.asked.length < 12) s.asked.push(t.after);
  if (t.message && t.asked && t.before && t.before === t.after) s.reAsks = bump(s.reAsks, t.before);
  for (const e of t.events) {
    const p = e.properties;
    switch (e.name) {
      case 'message':
        if (p.kind === 'notUnderstood' && t.before) s.notUnderstood = bump(s.notUnderstood, t.before);
        break;
      case 'recommendation':
        s.advised = p.protocol === 'POP' ? 'POP' : 'IMAP';
        break;
      case 'feedback':
        s.helpful = p.helpful === true;
        break;
      case 'satisfaction':
        if (typeof p.rating === 'number') s.rating = p.rating;
        break;
      case 'handoff':
        s.escalated = true;
        break;
      case 'ineligible':
        s.ineligible = true;
        break;
    }
  }
  s.at = t.at;
  return s;
}

function bump(counts: Record<Step, number> | undefined, step: Step): Record<Step, number> {
  const next = { ...(counts ?? {}) };
  next[step] = Math.min((next[step] ?? 0) + 1, 99);
  return next;
}

/** Which outcome a finished session had, and how a resolution is known. */
export function outcomeOf(s: SessionTally): { outcome: Outcome; resolution?: 'confirmed' | 'implied' } {
  if (s.escalated) return { outcome: 'escalated' };
  if (s.helpful === true) return { outcome: 'resolved', resolution: 'confirmed' };
  if (s.ineligible) return { outcome: 'notEligible' };
  // Saw the advice, asked for nobody, and didn't say it failed to help.
  if (s.advised && s.helpful === undefined) return { outcome: 'resolved', resolution: 'implied' };
  // Said the advice didn't help, and left without asking for a person: counted as abandoned, after the advice.
  if (s.advised || s.answered > 0) return { outcome: 'abandoned' };
  return { outcome: 'unengaged' };
}

/**
 * The event the support team counts, one per session: ids and numbers only. Per-question
 * counts are JSON objects in a string, so every sink (a log line, a JSON-lines file,
 * Application Insights' customDimensions, OpenTelemetry attributes) carries them the same way.
 */
export function summaryOf(s: SessionTally, endedBy: 'idle' | 'shutdown'): OutcomeSummary {
  const { outcome, resolution } = outcomeOf(s);
  const sum = (r?: Record<Step, number>) => Object.values(r ?? {}).reduce((a, b) => a + b, 0);
  const properties: OutcomeSummary['properties'] = {
    outcome,
    channel: s.channel,
    language: s.language,
    turns: s.turns,
    questionsAsked: s.asked.length,
    answered: s.answered,
    asked: s.asked.join(','),
    reAsks: sum(s.reAsks),
    notUnderstood: sum(s.notUnderstood),
    reAsksBy: JSON.stringify(s.reAsks ?? {}),
    notUnderstoodBy: JSON.stringify(s.notUnderstood ?? {}),
    lastStep: s.at ?? 'none',
    startedAt: new Date(Math.floor(s.start / 60_000) * 60_000).toISOString(),
    durationSeconds: Math.round((s.last - s.start) / 1000),
    endedBy,
  };
  if (resolution) properties.resolution = resolution;
  if (outcome === 'abandoned') properties.dropOff = s.advised ? 'advised' : (s.at ?? 'none');
  if (s.advised) properties.protocol = s.advised;
  if (s.helpful !== undefined) properties.helpful = s.helpful;
  if (s.rating !== undefined) properties.satisfaction = s.rating;
  return { name: 'conversationOutcome', properties };
}

const STEP = /^[a-zA-Z]{1,24}$/;

/** The stored tally, checked; anything that doesn't fit is dropped (the session then starts afresh). */
export function restoreTally(value: unknown): SessionTally | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (!num(v.start) || !num(v.last) || !num(v.turns) || !num(v.answered)) return undefined;
  if (typeof v.channel !== 'string' || v.channel.length > 40 || typeof v.language !== 'string' || v.language.length > 8) return undefined;
  if (!Array.isArray(v.asked) || v.asked.length > 12 || !v.asked.every((a) => typeof a === 'string' && STEP.test(a))) return undefined;
  const counts = (x: unknown): Record<Step, number> | undefined => {
    if (!x || typeof x !== 'object') return undefined;
    const entries = Object.entries(x as Record<string, unknown>).filter(([k, n]) => STEP.test(k) && num(n)).slice(0, 12);
    return entries.length ? Object.fromEntries(entries) as Record<Step, number> : undefined;
  };
  const s: SessionTally = {
    start: v.start as number,
    last: v.last as number,
    turns: v.turns as number,
    asked: v.asked as string[],
    answered: v.answered as number,
    channel: v.channel,
    language: v.language,
  };
  const reAsks = counts(v.reAsks);
  const notUnderstood = counts(v.notUnderstood);
  if (reAsks) s.reAsks = reAsks;
  if (notUnderstood) s.notUnderstood = notUnderstood;
  if (typeof v.at === 'string' && STEP.test(v.at)) s.at = v.at;
  if (v.advised === 'IMAP' || v.advised === 'POP') s.advised = v.advised;
  if (typeof v.helpful === 'boolean') s.helpful = v.helpful;
  if (typeof v.rating === 'number' && [1, 2, 3, 4, 5].includes(v.rating)) s.rating = v.rating;
  if (v.escalated === true) s.escalated = true;
  if (v.ineligible === true) s.ineligible = true;
  return s;
}
