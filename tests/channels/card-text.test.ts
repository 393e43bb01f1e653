/**
 * Every Adaptive Card the bot sends over whole conversations (every journey, on Teams and
 * Web Chat) uses only the markdown Adaptive Cards define (bold, italic, lists, links): Teams
 * shows anything else literally. Host names and ports stand in a FactSet, not in code spans.
 * And whatever a message tells the person to choose is offered with it.
 */
import type { Activity } from 'botbuilder';
import { startBot, type BotProcess } from '../support/bot-process';
import { ChannelUser, offersIn } from '../support/channel-user';
import { journeys } from './journeys';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
type Node = { type?: string; text?: string; facts?: Array<{ title: string; value: string }>; [k: string]: unknown };

let bot: BotProcess;
const heard = new Map<string, Activity[][]>();

beforeAll(async () => {
  bot = await startBot();
  for (const channelId of ['msteams', 'webchat']) {
    const replies: Activity[][] = [];
    for (const journey of journeys) {
      const u = new ChannelUser(bot.url, channelId);
      const say = u.say.bind(u);
      u.say = async (text) => {
        const r = await say(text);
        replies.push(r);
        return r;
      };
      const join = u.join.bind(u);
      u.join = async () => {
        const r = await join();
        replies.push(r);
        return r;
      };
      await journey.run(u);
    }
    heard.set(channelId, replies);
  }
}, 90_000);
afterAll(async () => {
  await bot.stop();
});

/** Every piece of text in a card: TextBlocks and both sides of every fact. */
function textsOf(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  const n = node as Node;
  const own = [
    ...(n.type === 'TextBlock' && n.text ? [n.text] : []),
    ...(n.type === 'FactSet' ? (n.facts ?? []).flatMap((f) => [f.title, f.value]) : []),
  ];
  return [...own, ...Object.values(n).flatMap(textsOf)];
}

const cardsOn = (channelId: string) =>
  (heard.get(channelId) ?? []).flat().flatMap((a) => a.attachments ?? []).filter((x) => x.contentType === ADAPTIVE).map((x) => x.content);

describe.each(['msteams', 'webchat'])('every Adaptive Card on %s', (channelId) => {
  it('has only bold, italic, lists and links for markdown: no code, headings, quotes, tables or HTML', () => {
    const texts = cardsOn(channelId).flatMap(textsOf);
    expect(texts.length).toBeGreaterThan(50);
    const unsupported = texts.filter((t) => /`|^\s{0,3}#|^\s{0,3}>|~~|^\s*\|.*\|\s*$|<\/?[a-z][^>]*>/m.test(t));
    expect(unsupported).toEqual([]);
  });

  it('shows the servers and ports of both protocols as facts', () => {
    const facts = cardsOn(channelId).flatMap((c) => JSON.stringify(c).match(/"title":"[^"]+","value":"[^"]+"/g) ?? []);
    for (const host of ['imap.livebooks.com, port 993', 'pop.livebooks.com, port 995', 'smtp.livebooks.com, port 465']) {
      expect(facts.some((f) => f.includes(host))).toBe(true);
    }
  });

  it('says each thing once: no line repeats another on the same card', () => {
    for (const card of cardsOn(channelId)) {
      const lines = textsOf(card).map((t) => t.replace(/\*\*/g, '').trim().toLowerCase());
      expect(lines.filter((l, i) => lines.indexOf(l) !== i)).toEqual([]);
    }
  });
});

/** Bold names of things to choose: "choose **Submit a request**". */
const told = (a: Activity) => [...(a.text ?? '').matchAll(/choose \*\*([^*]+)\*\*/gi)].map((m) => m[1]);

describe.each(['msteams', 'webchat'])('on %s', (channelId) => {
  // After "Did this help? No" the bot used to say "choose **Submit a request**" and offer no button.
  it('offers, with each reply, every choice its words tell the person to choose', () => {
    const missing: string[] = [];
    for (const reply of heard.get(channelId) ?? []) {
      const offered = offersIn(reply).map((o) => o.label);
      for (const label of reply.flatMap(told)) if (!offered.includes(label)) missing.push(label);
    }
    expect(missing).toEqual([]);
  });
});
