/**
 * What a message says about each question, clause by clause: devices counted across the
 * message, programs named, POP in use, backups, storage, SpamShield, the connection. A
 * negation acts inside its own clause; a customer's question is never taken as a fact.
 * Generic words ("slow", "the server", "happy") count only where their topic is in the same
 * clause, or when they answer the question on screen.
 */
import type { CriterionId } from '../rules';
import { hasTag, mentions, negative, positive, type Analysis, type ClauseReading } from './analyze';
import type { Lexicon, Tag } from './lexicon';
import type { Confidence, Fact } from './reading';

type Found = Partial<Record<CriterionId, { value: string; confidence: Confidence }>>;

const COMPUTER = 't:computer';

export function factsOf(a: Analysis, asking: CriterionId | undefined, lexicon: Lexicon, given: Partial<Record<CriterionId, string>> = {}): Fact[] {
  const lx = (c: ClauseReading, tag: Tag) => mentions(c, tag, lexicon);
  const statements = a.clauses.filter((c) => !c.question);
  const found: Found = {};
  const torn = new Set<CriterionId>();
  const set = (id: CriterionId, value: string, confidence: Confidence = 'sure') => {
    const had = found[id];
    // Two different readings of one question in one message: not clear enough to record, and it stays so.
    if (had && had.value !== value) {
      found[id] = { value: had.value, confidence: 'likely' };
      torn.add(id);
    } else if (!torn.has(id) && (!had || (had.confidence === 'likely' && confidence === 'sure'))) found[id] = { value, confidence };
  };
  devices(statements, asking === 'devices', given.devices, set, conjunctionsOf(lexicon), sameDeviceOf(lexicon));
  program(statements, set);
  popToday(statements, asking === 'popToday', set);
  backups(statements, asking === 'backups', lx, set);
  storage(statements, asking === 'storage', lx, set);
  spamShield(statements, set);
  connection(statements, asking === 'connection', lx, set);
  if (asking) onScreen(statements, asking, set);
  return (Object.keys(found) as CriterionId[]).map((criterion) => ({ criterion, ...(found[criterion] as { value: string; confidence: Confidence }) }));
}

type Set = (id: CriterionId, value: string, confidence?: Confidence) => void;

const any = (clauses: ClauseReading[], tag: Tag, negated: boolean | 'any' = false) => clauses.some((c) => hasTag(c, tag, negated));

const DEVICE_KEYS = new Set([COMPUTER, 't:phone', 't:tablet']);
const CONJUNCTIONS = new Set(['and', 'or', 'plus', 'also', 'both', 'nor', 'with', 'as']);
const conjunctions = new WeakMap<Lexicon, ReadonlySet<string>>();
/** English's joining words, and the language's own "and", "or", "with". */
function conjunctionsOf(lexicon: Lexicon): ReadonlySet<string> {
  let set = conjunctions.get(lexicon);
  if (!set) conjunctions.set(lexicon, (set = new Set([...CONJUNCTIONS, ...(lexicon.and ?? []), ...(lexicon.conjunctions ?? [])])));
  return set;
}

const NONE: ReadonlySet<string> = new Set();
const same = new WeakMap<Lexicon, ReadonlySet<string>>();
/** The language's words that point back to a device already named ("ce Mac", "le même ordi"); none in English. */
function sameDeviceOf(lexicon: Lexicon): ReadonlySet<string> {
  if (!lexicon.sameDevice) return NONE;
  let set = same.get(lexicon);
  if (!set) same.set(lexicon, (set = new Set(lexicon.sameDevice)));
  return set;
}

/**
 * Where mail is read: two or more devices (of two kinds, or two computers joined by "and"),
 * "several" and its kin, a computer and Web Mail, or one computer. Devices named as the
 * subject of another fact ("my phone is short on space") don't say where mail is read.
 * With "also", the device joins the answer already given.
 */
function devices(clauses: ClauseReading[], onScreen: boolean, given: string | undefined, set: Set, joining: ReadonlySet<string>, sameDevice: ReadonlySet<string>): void {
  let computers = 0;
  const kinds = new Set<string>();
  let many = false;
  let only = false;
  let webmail = false;
  let negatedWebmail = false;
  let also = false;
  let onlySaid = false;
  let sawWork = false;
  let sawHome = false;
  let usedAtWork = false;
  let usedAtHome = false;
  for (const c of clauses) {
    // "my phone is short on space", "I'm getting a phone next week": not where mail is read now.
    if (hasTag(c, 'storageShort') || hasTag(c, 'storageFine') || hasTag(c, 'future', 'any') || ((hasTag(c, 'slow') || hasTag(c, 'fast')) && hasTag(c, 'connectionWord', 'any'))) continue;
    // "le tel, c'est celui de ma femme": someone else's device is not where this person reads mail.
    if (hasTag(c, 'someoneElses', 'any')) continue;
    const devs = c.hits.filter((h) => DEVICE_KEYS.has(h.key) && !c.negated(h)).sort((x, y) => x.start - y.start);
    // "desktop computer", "mac mini" are one device; "my work pc and my home pc" are two.
    for (let k = 0; k < devs.length; k++) {
      const h = devs[k];
      const prev = devs[k - 1];
      const joined = prev && c.tokens.slice(prev.end, h.start).some((t) => joining.has(t));
      const separate = !prev || (h.start > prev.end && joined);
      // "... depuis le même ordi", "je n'ai que cet ordinateur": the computer already named, not one more.
      const again = computers > 0 && sameDevice.has(c.tokens[h.start - 1]);
      if (h.key === COMPUTER && (separate || prev.key !== COMPUTER) && !again) computers++;
      kinds.add(h.key);
    }
    const nouns = c.hits.filter((h) => h.key === 't:deviceWord' || DEVICE_KEYS.has(h.key));
    const counted = c.hits.some((h) => (h.key === 't:number2' || h.key === 't:number3plus') && nouns.some((n) => n.start >= h.end && n.start <= h.end + 2));
    if ((hasTag(c, 'manyDevices') && (nouns.length || onScreen)) || hasTag(c, 'notOnly') || counted) many = true;
    if (hasTag(c, 'work') && hasTag(c, 'home') && (devs.length || onScreen || hasTag(c, 'readVerb'))) many = true;
    const near = (h: { start: number; end: number }) => devs.some((d) => d.start >= h.end && d.start <= h.end + 6) || devs.some((d) => h.start >= d.end && h.start <= d.end + 1);
    if (c.hits.some((h) => (h.key === 't:only' || h.key === 't:one') && !c.negated(h) && near(h))) only = true;
    // "only", "nothing else", "that's it" said of the whole ("..., nothing else"; "that's the only place I read email").
    if (c.hits.some((h) => h.key === 't:only' && !c.negated(h) && c.tokens[h.start] !== 'just' && !devs.length)) onlySaid = true;
    if (hasTag(c, 'everywhere')) many = true;
    if (hasTag(c, 'webmail') || (hasTag(c, 'webmailPlace') && hasTag(c, 'readVerb'))) webmail = true;
    if (hasTag(c, 'webmail', true) || hasTag(c, 'webmailPlace', true)) negatedWebmail = true;
    if (hasTag(c, 'also', 'any')) also = true;
    if (hasTag(c, 'work')) sawWork = true;
    if (hasTag(c, 'home')) sawHome = true;
    // "Outlook in der Arbeit, zuhause Thunderbird": a program or device named at each place, in clauses of their own.
    const used = devs.length > 0 || positive(c, 'p:').length > 0;
    if (used && hasTag(c, 'work') && !hasTag(c, 'home')) usedAtWork = true;
    if (used && hasTag(c, 'home') && !hasTag(c, 'work')) usedAtHome = true;
  }
  if (usedAtWork && usedAtHome && !webmail) many = true;
  if (also && given === 'severalDevices' && (kinds.size || webmail)) return set('devices', 'severalDevices');
  if (also && given && given !== 'unsure' && (kinds.size || webmail)) {
    // "I also use my phone": the phone joins the computer (and Web Mail) already said.
    if (kinds.size && !(given === 'oneComputer' && kinds.size === 1 && kinds.has(COMPUTER) && computers < 2)) return set('devices', 'severalDevices');
    if (webmail && given === 'oneComputer') return set('devices', 'webmail');
  }
  // "I'm getting a phone next week": where mail will be read isn't settled yet.
  const future = clauses.some((c) => hasTag(c, 'future', 'any'));
  if (many || computers >= 2 || kinds.size >= 2) return set('devices', 'severalDevices', future ? 'likely' : 'sure');
  if (future) return;
  // "Web Mail at work, the computer at home": a computer and Web Mail, or two computers; which one needs asking.
  if (webmail && !negatedWebmail && sawWork && sawHome && kinds.size === 1 && kinds.has(COMPUTER)) {
    set('devices', 'webmail');
    return set('devices', 'severalDevices');
  }
  if (webmail && !negatedWebmail) {
    // Web Mail alone (no program, no device) fits none of the answers well: check.
    return set('devices', 'webmail', kinds.size || clauses.some((c) => positive(c, 'p:').length) ? 'sure' : 'likely');
  }
  if (kinds.has(COMPUTER) && (only || onlySaid || onScreen)) return set('devices', 'oneComputer', 'sure');
  if ((kinds.has('t:phone') || kinds.has('t:tablet')) && only) return set('devices', 'oneComputer', 'likely');
}

function program(clauses: ClauseReading[], set: Set): void {
  if (any(clauses, 'programNoImap')) return set('program', 'no');
  if (any(clauses, 'programImapOk')) return set('program', 'yes');
  for (const c of clauses) {
    const named = positive(c, 'p:').filter((h) => h.key !== 'p:iphone' && h.key !== 'p:android');
    // "the iPhone" is a device; "the iPhone's Mail app", "the Gmail app" are programs.
    const app = positive(c, 'p:').filter((h) => (h.key === 'p:iphone' || h.key === 'p:android') && (c.tokens[h.end] === 'app' || c.tokens[h.end] === 'mail'));
    const gmail = c.hits.some((h) => h.key === 'p:android' && c.tokens[h.start] === 'gmail' && !c.negated(h));
    if (named.length || app.length || gmail) return set('program', 'yes');
  }
}

function popToday(clauses: ClauseReading[], onScreen: boolean, set: Set): void {
  for (const c of clauses) {
    if (hasTag(c, 'leaveCopies')) return set('popToday', 'leaveOnServer');
  }
  const pop = any(clauses, 'popUse') || any(clauses, 'pop');
  const usesImap = clauses.some((c) => hasTag(c, 'imap') && c.tokens.some((t) => t === 'use' || t === 'using' || t === 'on' || t === 'already' || t === 'im'));
  if (any(clauses, 'popUse', true) || (usesImap && !pop)) return set('popToday', 'no');
  if (pop || onScreen) {
    const happy = any(clauses, 'happy') && !any(clauses, 'happy', true);
    const unhappy = any(clauses, 'unhappy') || any(clauses, 'happy', true);
    if (happy && !unhappy) return set('popToday', 'satisfied');
    if (unhappy && pop) return set('popToday', 'satisfied', 'likely');
  }
}

function backups(clauses: ClauseReading[], onScreen: boolean, lx: Mentions, set: Set): void {
  const self = any(clauses, 'backupSelf');
  const server = any(clauses, 'backupServer') || clauses.some((c) => (lx(c, 'backupWord') || onScreen) && hasTag(c, 'serverWord') && !hasTag(c, 'unsure') && !hasTag(c, 'questionWord'));
  if (self && server) {
    // Both said: which one is meant needs asking.
    set('backups', 'self');
    return set('backups', 'server');
  }
  if (self) return set('backups', 'self');
  if (server) return set('backups', 'server');
}

type Mentions = (c: ClauseReading, tag: Tag) => boolean;

const LIMIT_WORDS = new Set(['limit', 'limits', 'quota', 'quotas', 'cap']);

function storage(clauses: ClauseReading[], onScreen: boolean, lx: Mentions, set: Set): void {
  // "my mailbox keeps saying it's full" is the server's limit, not the device's space.
  const short = clauses.some((c) => hasTag(c, 'storageShort') && !lx(c, 'mailboxWord') && !hasTag(c, 'storageFine'));
  // The negation is part of these phrases ("I don't want to watch limits").
  const noLimits = any(clauses, 'storageNoLimits', 'any') || clauses.some((c) => hasTag(c, 'storageShort') && lx(c, 'mailboxWord'));
  if (short && noLimits) return;
  if (short) return set('storage', 'shortOfSpace');
  // At "Which sounds more like you?", any sentence about the limit ("limits stress me out") picks it.
  if (onScreen && clauses.some((c) => c.tokens.some((t) => LIMIT_WORDS.has(t)) && !hasTag(c, 'unsure'))) return set('storage', 'noLimits');
  if (noLimits) return set('storage', 'noLimits', onScreen || clausesMentionMailbox(clauses) || clauses.some((c) => lx(c, 'mailboxWord')) ? 'sure' : 'likely');
}

const clausesMentionMailbox = (clauses: ClauseReading[]) => clauses.some((c) => c.tokens.some((t) => t === 'mailbox' || t === 'quota' || t === 'limit' || t === 'limits' || t === 'inbox'));

function spamShield(clauses: ClauseReading[], set: Set): void {
  for (const c of clauses) {
    if (positive(c, 't:spamShield').length) return set('spamShield', 'yes');
    if (negative(c, 't:spamShield').length) return set('spamShield', 'no');
  }
}

function connection(clauses: ClauseReading[], onScreen: boolean, lx: Mentions, set: Set): void {
  for (const c of clauses) {
    const named = lx(c, 'connectionWord');
    const about = (onScreen && !hasTag(c, 'unsure')) || named;
    // "my laptop is fine" at the connection question speaks of the laptop's space.
    if (!about || (!named && (hasTag(c, 'storageShort') || hasTag(c, 'storageFine') || lx(c, 'storageWord')))) continue;
    const slow = hasTag(c, 'slow');
    const fast = hasTag(c, 'fast') || hasTag(c, 'slow', true);
    // "fast at home, slow at work": both are set, which makes the reading only likely.
    if (slow && !fast) set('connection', 'yes');
    if (fast && !slow) set('connection', 'no');
  }
}

/** Short answers that only mean something as the answer to the question on screen ("me", "space"). */
function onScreen(clauses: ClauseReading[], asking: CriterionId, set: Set): void {
  const prefix = `o:${asking}:`;
  const values = new Set<string>();
  // A short answer is the clause itself, give or take a word ("me", "the server pls"), never
  // a word inside a sentence about something else ("I sold my phone"), nor beside "not sure".
  for (const c of clauses) {
    if (hasTag(c, 'unsure')) continue;
    for (const h of positive(c, prefix)) if (c.tokens.length <= h.end - h.start + 2) values.add(h.key.slice(prefix.length));
  }
  if (values.size === 1) set(asking, [...values][0]);
  else if (values.size > 1) set(asking, [...values][0], 'likely');
}
