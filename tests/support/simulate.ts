/**
 * Many whole conversations through the real bot (in process, a simulated clock over two
 * weeks), with the mix a support site sees: people who get the advice and say it helped (and
 * rate it), who just leave with it, who ask for a person, who give up on a question, who never
 * answer, whose account is too new; on Web Chat, Teams and Slack, in all four languages.
 * Seeded, so every run writes the same outcomes to the file.
 */
import { ExpiringMemoryStorage } from '../../src/bot/state/expiring-memory-storage';
import { OutcomesFile } from '../../src/bot/telemetry/outcomes-file';
import { offered } from './direct-client';
import { inProcessBot, settingsFrom, type Chat } from './in-process';
import { seeded } from './seeded-random';

const MIN = 60_000;


const GIBBERISH = ['purple elephants', 'hmm what', 'asdf qwerty', 'no idea what you mean', '??'];
type Spoken = 'en' | 'de' | 'fr' | 'es';
/** What people of each language type at the points the simulation types rather than clicks. */
const TYPED: Record<Spoken, { locale: string; hello: string; done: string; yes: string; no: string; person: string }> = {
  en: { locale: 'en-US', hello: 'hi', done: 'Done', yes: 'Yes', no: 'No', person: 'I want to talk to a person' },
  de: { locale: 'de-DE', hello: 'hallo', done: 'Fertig', yes: 'Ja', no: 'Nein', person: 'kann ich mit einem Menschen sprechen?' },
  fr: { locale: 'fr-FR', hello: 'bonjour', done: 'Terminé', yes: 'Oui', no: 'Non', person: 'je voudrais parler à quelqu’un' },
  es: { locale: 'es-ES', hello: 'hola', done: 'Listo', yes: 'Sí', no: 'No', person: 'quiero hablar con una persona' },
};

export interface Simulated {
  sessions: number;
  outcomes: Array<Record<string, unknown>>;
}

export async function simulateConversations(count: number, file: string, seed = 14): Promise<Simulated> {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  let now = Date.parse('2026-11-17T08:00:00Z');
  const sink = new OutcomesFile(file);
  const bot = inProcessBot(new ExpiringMemoryStorage(48 * 60 * MIN), { now: () => now, settings: settingsFrom({ SESSION_IDLE_MINUTES: '30' }), telemetry: sink });
  const step = () => (now += Math.round((0.2 + rnd() * 1.5) * MIN));
  for (let i = 0; i < count; i++) {
    now += Math.round(rnd() * 200 * MIN); // the next person comes along: about 200 over two weeks
    await bot.pipeline.sweep('idle');
    const channelId = pick(['webchat', 'webchat', 'webchat', 'webchat', 'msteams', 'msteams', 'slack']);
    const language = pick<Spoken>(['en', 'en', 'en', 'en', 'en', 'de', 'de', 'fr', 'es', 'es']);
    const chat = bot.chat({ channelId, conversationId: `sim-${seed}-${i}`, locale: TYPED[language].locale });
    await run(chat, language, rnd, pick, step, () => bot.events.filter((e) => e.name === 'recommendation').length);
  }
  now += 60 * MIN;
  await bot.pipeline.sweep('idle');
  await sink.close();
  const outcomes = bot.events.filter((e) => e.name === 'conversationOutcome').map((e) => e.properties);
  return { sessions: outcomes.length, outcomes };
}

async function run(chat: Chat, language: Spoken, rnd: () => number, pick: <T>(xs: readonly T[]) => T, step: () => void, advisedSoFar: () => number): Promise<void> {
  const typed = TYPED[language];
  const say = async (text: string) => {
    step();
    return chat.say(text);
  };
  let shown = await chat.join();
  const r = rnd();
  if (r < 0.08) {
    // Opened the chat and never answered; Teams opens on prompt starters, so there they said hello first.
    if (!shown.length) await say(typed.hello);
    return;
  }
  if (r < 0.15) {
    await say('2'); // account created after the cutoff
    return;
  }
  shown = await say('1');
  const before = advisedSoFar();
  const gaveUp = rnd() < 0.2;
  const escalates = rnd() < 0.12;
  for (let q = 0; q < 8 && advisedSoFar() === before; q++) {
    if (rnd() < 0.18) shown = await say(pick(GIBBERISH)); // not understood: asked again
    if (rnd() < 0.06) shown = await say(pick(GIBBERISH));
    if (escalates && rnd() < 0.3) {
      await say(typed.person);
      return;
    }
    if (gaveUp && rnd() < 0.45) return; // left on this question
    const options = offered(shown).length || 3;
    shown = await say(String(1 + Math.floor(rnd() * Math.max(1, options - 1))));
  }
  if (advisedSoFar() === before) return;
  const after = rnd();
  if (after < 0.45) {
    await say(typed.done);
    if (rnd() < 0.85) {
      await say(typed.yes);
      if (rnd() < 0.8) await say(String(pick([5, 5, 5, 4, 4, 4, 3, 2, 1])));
    } else {
      await say(typed.no);
      if (rnd() < 0.5) await say(typed.person);
    }
  } else if (after < 0.55) {
    await say(typed.person);
  }
}
