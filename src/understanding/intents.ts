/**
 * What kind of message it is, before what it says: a command, the customer's own question,
 * small talk, a switch of language, or a pick by number. A question is recognised by its
 * shape (a question mark, "what is", "how do I") and its topic by the words in it.
 */
import type { CriterionId } from '../rules';
import { hasTag, positive, type Analysis, type ClauseReading } from './analyze';
import { wordsOf } from './matcher';
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

/** "what is that?" on screen: the question's own subject. */
const THAT: Partial<Record<CriterionId | 'eligibility', QuestionTopic>> = {
  program: 'whatIsImap',
  popToday: 'whatIsPop',
  spamShield: 'whatIsSpamShield',
  eligibility: 'findAccountDate',
};

export class Intents {
  private readonly commands = new Map<string, Command>();
  private readonly smallTalk = new Map<string, SmallTalk>();

  constructor(private readonly lexicon: Lexicon) {
    for (const [command, list] of Object.entries(lexicon.commands)) for (const p of list) this.commands.set(wordsOf(p).join(' ') || p, command as Command);
    for (const [kind, list] of Object.entries(lexicon.smallTalk)) for (const p of list) if (!this.smallTalk.has(wordsOf(p).join(' '))) this.smallTalk.set(wordsOf(p).join(' '), kind as SmallTalk);
  }

  /** The whole message is a command ("help", "go back", "what did I say?"). */
  exactCommand(a: Analysis): Command | undefined {
    return this.commands.get(a.core);
  }

  /** A command asked for inside a short message: "can I talk to a person?", "I want to change my answer". */
  commandInMessage(a: Analysis): Command | undefined {
    if (a.tokenCount > COMMAND_IN_MESSAGE_MAX_WORDS) return undefined;
    for (const c of a.clauses) {
      const hit = positive(c, 'c:')[0];
      if (hit) return hit.key.slice(2) as Command;
    }
    return undefined;
  }

  smallTalkOf(a: Analysis): SmallTalk | undefined {
    return this.smallTalk.get(a.core);
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
  questionOf(a: Analysis, onScreen: CriterionId | 'eligibility' | undefined): QuestionTopic | undefined {
    let asked = false;
    for (const c of a.clauses) {
      const asking = c.question || hasTag(c, 'askPhrase');
      const setup = this.setupTopic(c);
      if (setup && (asking || hasTag(c, 'setupVerb'))) return setup;
      if (!asking) continue;
      asked = true;
      const topic = c.hits.filter((h) => h.key.startsWith('q:') && h.key !== 'q:that').sort((x, y) => y.end - y.start - (x.end - x.start))[0];
      if (topic) return topic.key.slice(2) as QuestionTopic;
      if (c.hits.some((h) => h.key === 'q:that')) return (onScreen && THAT[onScreen]) || 'unknown';
    }
    return asked ? 'unknown' : undefined;
  }

  private setupTopic(c: ClauseReading): QuestionTopic | undefined {
    if (!hasTag(c, 'setupVerb')) return undefined;
    for (const h of c.hits) {
      if (!h.key.startsWith('p:')) continue;
      const topic = SETUP_TOPIC[h.key.slice(2) as ProgramName];
      if (topic) return topic;
    }
    if (c.tokens.some((t) => t === 'iphone' || t === 'ipad' || t === 'ios')) return 'setupIphone';
    if (c.tokens.some((t) => t === 'android' || t === 'samsung' || t === 'galaxy' || t === 'pixel')) return 'setupAndroidGmail';
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
