/**
 * What kind of message it is, before what it says: a command, the customer's own question,
 * small talk, a switch of language, or a pick by number. A question is recognised by its
 * shape (a question mark, "what is", "how do I") and its topic by the words in it.
 */
import type { CriterionId, Protocol } from '../rules';
import { hasTag, isThing, positive, type Analysis, type ClauseReading } from './analyze';
import { wordsOf, type Hit } from './matcher';
import type { Lexicon, ProgramName } from './lexicon';
import type { Command, QuestionTopic, SmallTalk } from './reading';

/** A command said inside a longer message counts only in a short one ("can we start over please"). */
const COMMAND_IN_MESSAGE_MAX_WORDS = 14;

const SETUP_TOPIC: Partial<Record<ProgramName, QuestionTopic>> = {
  appleMail: 'setupAppleMail',
  outlook: 'setupOutlook',
  thunderbird: 'setupThunderbird',
  iphone: 'setupIphone',
  android: 'setupAndroidGmail',
  windowsMail: 'setupWindowsMail',
};

/** "what is that?" on screen: the question's own subject; at the other questions, how to answer it (`thisQuestion`). */
const THAT: Partial<Record<CriterionId | 'eligibility', QuestionTopic>> = {
  program: 'whatIsImap',
  popToday: 'whatIsPop',
  spamShield: 'whatIsSpamShield',
  eligibility: 'findAccountDate',
};

/** "what is it?" after the advice, with no question on screen. */
const ADVISED: Record<Protocol, QuestionTopic> = { IMAP: 'whatIsImap', POP: 'whatIsPop' };

const SMALL_TALK_ORDER: SmallTalk[] = ['thanks', 'whichOne', 'other', 'greeting', 'ok'];

/** When a question names several topics, the more particular one is what is asked ("is IMAP safe?" is about safety). */
const TOPIC_ORDER: QuestionTopic[] = [
  'changeLater', 'switchSafely', 'security', 'serversPorts', 'findAccountDate', 'whatIsSpamShield', 'useBoth', 'difference', 'whatIsImap', 'whatIsPop',
];

export class Intents {
  private readonly commands = new Map<string, Command>();
  private readonly smallTalk = new Map<string, SmallTalk>();
  private readonly tagQuestions: Set<string>;

  constructor(private readonly lexicon: Lexicon) {
    const elisions = new Set(lexicon.elisions);
    const words = (p: string) => wordsOf(p, elisions).join(' ');
    for (const [command, list] of Object.entries(lexicon.commands)) for (const p of list) this.commands.set(words(p) || p, command as Command);
    this.tagQuestions = new Set((lexicon.tagQuestions ?? []).map(words));
    for (const [kind, list] of Object.entries(lexicon.smallTalk)) for (const p of list) if (!this.smallTalk.has(words(p))) this.smallTalk.set(words(p), kind as SmallTalk);
  }

  /** The whole message is a command ("help", "go back", "what did I say?"). */
  exactCommand(a: Analysis): Command | undefined {
    return this.commands.get(a.core);
  }

  /**
   * A clause that is a command, the rest small talk: "great thanks, done", "ok, start over".
   * Small talk alone would answer only the thanks and leave the command unheard.
   */
  commandWithSmallTalk(a: Analysis): Command | undefined {
    if (a.clauses.length < 2 || a.tokenCount > COMMAND_IN_MESSAGE_MAX_WORDS) return undefined;
    let command: Command | undefined;
    for (const c of a.clauses) {
      const words = c.tokens.slice(c.start).join(' ');
      const said = this.commands.get(words);
      if (said && !command) command = said;
      else if (!this.smallTalkOf({ clauses: [c], core: words, tokenCount: c.tokens.length })) return undefined;
    }
    return command;
  }

  /** A command asked for inside a short message: "can I talk to a person?", "I want to change my answer". */
  commandInMessage(a: Analysis): Command | undefined {
    if (a.tokenCount > COMMAND_IN_MESSAGE_MAX_WORDS) return undefined;
    // "my work computer, nothing else": "nothing else" ends a list of things there, it doesn't end the chat.
    const listsThings = a.clauses.some((c) => c.hits.some(isThing));
    const endsList = (c: ClauseReading, h: Hit) => listsThings && c.hits.some((o) => o.key === 't:only' && o.start === h.start && o.end === h.end);
    const found = a.clauses.flatMap((c) => positive(c, 'c:').filter((h) => !endsList(c, h))).map((h) => h.key.slice(2) as Command);
    // Asking for a person wins: "can a real person help me set it up?"
    return found.includes('request') ? 'request' : found[0];
  }

  /**
   * Small talk: the whole message is a phrase of it ("thanks", "ok cool"), or made of such
   * phrases with a word or two to spare ("perfect, thank you so much", "you're a clever bot").
   */
  smallTalkOf(a: Analysis): SmallTalk | undefined {
    const whole = this.smallTalk.get(a.core) ?? this.smallTalk.get(a.clauses.flatMap((c) => c.tokens).join(' '));
    if (whole) return whole;
    if (a.tokenCount > 8) return undefined;
    const hits = a.clauses.flatMap((c) => c.hits);
    if (hits.some((h) => !h.key.startsWith('s:') && !h.key.startsWith('t:questionWord') && h.key !== 't:correction' && h.key !== 't:yes')) return undefined;
    const covered = a.clauses.reduce((n, c) => n + new Set(c.hits.filter((h) => h.key.startsWith('s:')).flatMap((h) => Array.from({ length: h.end - h.start }, (_, k) => h.start + k))).size, 0);
    if (covered === 0 || a.tokenCount - covered > 2) return undefined;
    const kinds = new Set(hits.filter((h) => h.key.startsWith('s:')).map((h) => h.key.slice(2) as SmallTalk));
    return SMALL_TALK_ORDER.find((k) => kinds.has(k));
  }

  /** "so which one?", "POP or IMAP?" anywhere in the message. */
  asksWhichOne(a: Analysis): boolean {
    return a.clauses.some((c) => c.hits.some((h) => h.key === 's:whichOne'));
  }

  switchTo(a: Analysis): 'en' | 'de' | 'fr' | 'es' | undefined {
    if (a.tokenCount > 8) return undefined;
    for (const c of a.clauses) {
      const hit = c.hits.find((h) => h.key.startsWith('l:') && !c.negated(h));
      if (hit) return hit.key.slice(2) as 'en' | 'de' | 'fr' | 'es';
    }
    return undefined;
  }

  /**
   * The customer's own question and its topic: a clause phrased as a question (or "tell me",
   * "explain", "remind me") that names a topic; one that names none is a question we can't answer.
   */
  questionOf(a: Analysis, onScreen: CriterionId | 'eligibility' | undefined, advised?: Protocol): QuestionTopic | undefined {
    let asked = false;
    for (const [k, c] of a.clauses.entries()) {
      const asking = c.question || hasTag(c, 'askPhrase');
      // "how do I set it up in Outlook?", "Thunderbird steps"; after the advice also "and on my iPhone?".
      const setup = hasTag(c, 'setupVerb') || (asking && (advised || hasTag(c, 'questionWord'))) ? this.setupTopic(c) ?? (hasTag(c, 'setupVerb') && asking ? this.setupTopicIn(a) : undefined) : undefined;
      if (setup && (asking || hasTag(c, 'setupVerb') || advised)) return setup;
      if (!asking) continue;
      asked = true;
      // "IMAP ist sicherer, oder?": a tag question asks about the clause before it.
      const tagged = k > 0 && this.tagQuestions.has(c.tokens.slice(c.start).join(' ')) ? a.clauses[k - 1].hits : [];
      const topics = new Set([...c.hits, ...tagged].filter((h) => h.key.startsWith('q:') && h.key !== 'q:that').map((h) => h.key.slice(2) as QuestionTopic));
      const topic = TOPIC_ORDER.find((t) => topics.has(t));
      if (topic) return topic;
      const that = c.hits.find((h) => h.key === 'q:that');
      if (that) {
        if (onScreen && THAT[onScreen]) return THAT[onScreen] as QuestionTopic;
        // Only "what's that?" itself points at the question on screen, or with none at the protocol
        // advised: "c'est quoi le webmail ?" and "¿qué es webmail?" name their own subject, "what is it?" doesn't.
        const bare = c.tokens.length - c.start === that.end - that.start;
        if (bare && onScreen) return 'thisQuestion';
        if (bare && advised) return ADVISED[advised];
        return 'unknown';
      }
      // "what does IMAP even mean?", "what was SpamShield Pro again?"
      const about = c.tokens.some((t) => t === 'what' || t === 'whats' || t === 'wat') ? this.subjectOf(c) : undefined;
      if (about) return about;
    }
    return asked ? 'unknown' : undefined;
  }

  private subjectOf(c: ClauseReading): QuestionTopic | undefined {
    const names = new Set<QuestionTopic>();
    if (hasTag(c, 'imap', 'any')) names.add('whatIsImap');
    if (hasTag(c, 'pop', 'any') || hasTag(c, 'popUse', 'any')) names.add('whatIsPop');
    if (hasTag(c, 'spamShield', 'any')) names.add('whatIsSpamShield');
    return names.size === 1 ? [...names][0] : names.size > 1 ? 'difference' : undefined;
  }

  private setupTopicIn(a: Analysis): QuestionTopic | undefined {
    for (const c of a.clauses) {
      const t = this.setupTopic(c);
      if (t) return t;
    }
    return undefined;
  }

  private setupTopic(c: ClauseReading): QuestionTopic | undefined {
    // "Mail on my MacBook" is Apple Mail.
    if (c.tokens.includes('mail') && c.tokens.some((t) => t === 'mac' || t === 'macbook' || t === 'imac')) return 'setupAppleMail';
    for (const h of c.hits) {
      if (!h.key.startsWith('p:')) continue;
      const topic = SETUP_TOPIC[h.key.slice(2) as ProgramName];
      if (topic) return topic;
    }
    if (c.tokens.some((t) => t === 'iphone' || t === 'ipad' || t === 'ios')) return 'setupIphone';
    if (c.tokens.some((t) => t === 'android' || t === 'samsung' || t === 'galaxy' || t === 'pixel')) return 'setupAndroidGmail';
    if (c.tokens.some((t) => t === 'windows')) return 'setupWindowsMail';
    return undefined;
  }

  /** "2", "option 2", "the second one", "number three": a pick from the list on screen. */
  pickOf(a: Analysis): number | undefined {
    const words = a.core.split(' ').filter((w) => w && !this.lexicon.pickWords.includes(w));
    if (words.length !== 1 || a.tokenCount > 5) return undefined;
    const w = words[0];
    if (/^\d{1,2}$/.test(w)) return Number(w);
    return this.lexicon.ordinals[w];
  }
}
