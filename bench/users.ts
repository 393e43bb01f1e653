/**
 * Virtual users: whole interviews as scripts of messages, made up front so the load driver
 * only replays them. Each script follows one answer profile (src/rules/profiles), answers
 * by button label or in everyday words ("yep", "just my laptop"), now and then interrupts
 * (help, why, what did I say, back) or says something the bot can't read, and after the
 * recommendation asks a follow-up or two and says it's done.
 *
 * Every step is first played on a shadow conversation (the dialogs' own pure turn function),
 * so a typed answer is only used when the bot really understands it, and the driver knows
 * what the bot should answer (the verification pass checks that against the real server).
 */
import { dialogSettings } from '../src/bot/app';
import { loadConfig } from '../src/bot/config';
import { wordsFor } from '../src/copy';
import { freshState, type ConversationState } from '../src/dialogs/conversation-state';
import { optionLabel, type Reply } from '../src/dialogs/replies';
import { takeTurn } from '../src/dialogs/turn';
import { criterion, UNSURE, type CriterionId } from '../src/rules';
import { allProfiles } from '../src/rules/profiles';
import { seeded } from '../tests/support/seeded-random';

export interface Step {
  /** A message, or undefined for a conversationUpdate (the person joins). */
  text?: string;
  /** Replies the bot sends for this step on Web Chat. */
  replies: number;
  /** Words the last reply must contain. */
  expect: string;
}

export interface Script {
  steps: Step[];
  /** Where it ended: 'IMAP', 'POP', 'ineligible', 'stopped'. */
  outcome: string;
}

/** The same seeded generator as the tests, so every run plays the same conversations. */
export const rng = seeded;

const typed: Partial<Record<CriterionId, Record<string, string[]>>> = {
  devices: {
    oneComputer: ['just my laptop', 'one computer', 'only my desktop', '1'],
    webmail: ['webmail', 'in the browser', '2'],
    severalDevices: ['several devices', 'my phone and my laptop', 'on all my devices', '3'],
  },
  program: { yes: ['yep', 'yes it does', 'I use Outlook', 'sure'], no: ['nope', "No, it doesn't", 'no'] },
  popToday: {
    no: ['nah', 'I use IMAP already', 'no'],
    satisfied: ["Yes, and I'm happy with it", 'happy with it'],
    leaveOnServer: ['I leave copies on the server', 'Yes, and I leave copies on the server'],
  },
  backups: { self: ['me', 'I make my own backups', 'myself'], server: ['the server', 'automatic', 'The email server, automatically'] },
  storage: { shortOfSpace: ['space', 'my disk is almost full'], noLimits: ['no limits', 'quota'] },
  spamShield: { yes: ['yep', 'yes', 'I use spam shield'], no: ['nope', 'no', 'nah'] },
  connection: { yes: ['slow', 'yes', 'dial up'], no: ['fast', 'no', 'fibre'] },
};
const unsureWords = ['not sure', "don't know", 'dunno', 'skip', 'Not sure'];
const eligibleWords = ['Yes, before then', 'yep', 'yes', '1', 'before', 'I opened it in 2012'];
const interruptions = ['help', 'why', 'what did I say', 'back', 'why do you ask?', 'help me', 'what did I say?', 'wait, go back'];
const nonsense = ['purple elephants', 'asdf', 'banana'];
const firstWords = ['hi', 'hello', 'hey', 'I read my mail on my iPhone and my laptop', 'hi there'];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function lastWords(replies: Reply[]): string {
  const last = replies[replies.length - 1];
  if (!last) return '';
  const raw = last.kind === 'recommendation' || last.kind === 'card' ? last.title : last.kind === 'handoff' ? last.summary : last.text;
  // A prefix of plain words, so it matches inside JSON (Adaptive Cards) as well as in text.
  return (/^[A-Za-z0-9 ,.:?!]{1,40}/.exec(raw)?.[0] ?? '').trim();
}

const settings = dialogSettings(loadConfig({}));
const words = wordsFor('en', settings.brandName);
// Web Chat, as the bot sees it with the configured hand-off profile (the default, link, sends no hand-off event).
const channel = { handoff: loadConfig({}).HANDOFF_PROFILE !== 'link' };

/** One person's conversation. */
export function makeScript(r: () => number, profile: Record<string, string>): Script {
  const steps: Step[] = [];
  let state: ConversationState = freshState();
  let ended = false;
  const turn = (text: string | undefined) =>
    takeTurn(state, text === undefined ? { kind: 'joined', group: false, botName: 'Bot', channel } : { kind: 'message', text, today: new Date().toISOString().slice(0, 10), channel }, settings);
  const play = (text: string | undefined, _start: boolean): ConversationState => {
    const result = turn(text);
    steps.push({ text, replies: result.replies.length, expect: lastWords(result.replies) });
    ended = result.state.phase === 'idle';
    state = result.state;
    return state;
  };
  const trial = (text: string): ConversationState => turn(text).state;

  // Half join first (Web Chat sends a conversationUpdate), half just start typing.
  if (r() < 0.5) {
    play(undefined, true);
  } else {
    play(pick(r, firstWords), true);
  }
  let followUps = Math.floor(r() * 3);
  let advisedOnce = false;
  for (let guard = 0; guard < 40 && !ended; guard++) {
    const s = state;
    if (s.phase !== 'advised' && s.phase !== 'feedback' && r() < 0.08) {
      play(pick(r, interruptions), false);
      continue;
    }
    if ((s.phase === 'eligibility' || s.phase === 'interview') && r() < 0.02) {
      play(pick(r, nonsense), false);
      continue;
    }
    switch (s.phase) {
      case 'eligibility': {
        const x = r();
        play(x < 0.9 ? pick(r, eligibleWords) : x < 0.95 ? pick(r, ['No, on or after then', 'no', "it's a new account"]) : pick(r, unsureWords), false);
        break;
      }
      case 'interview': {
        const id = s.asking as CriterionId;
        const value = profile[id];
        const c = criterion(id);
        const label = optionLabel(c, value, words);
        const said = value === UNSURE ? unsureWords : (typed[id]?.[value] ?? []);
        const candidate = r() < 0.5 || !said.length ? label : pick(r, said);
        // Typed words only when the bot takes them as this answer; else the button label.
        const ok = trial(candidate).answers[id] === value;
        play(ok ? candidate : label, false);
        break;
      }
      case 'advised':
        if (!advisedOnce) advisedOnce = true;
        if (followUps-- > 0) play(pick(r, ['How do I set it up?', 'why', 'what did I say', 'Submit a request']), false);
        else play(pick(r, ['Done', 'done', 'thanks']), false);
        break;
      case 'feedback':
        play(pick(r, ['yes', 'Yes', 'no']), false);
        return { steps, outcome: s.advised ?? 'advised' };
      case 'ineligible':
        play(pick(r, ['done', 'Done']), false);
        break;
      case 'pickChange':
        play('1', false);
        break;
    }
  }
  return { steps, outcome: ended ? (state.advised ?? 'ended') : 'cut' };
}

/** `count` scripts over profiles drawn at random (every profile is as likely). */
export function makeScripts(count: number, seed = 1): Script[] {
  const profiles = [...allProfiles()];
  const r = rng(seed);
  const out: Script[] = [];
  for (let i = 0; i < count; i++) out.push(makeScript(r, pick(r, profiles)));
  return out;
}
