/**
 * What each channel is sent over whole conversations (every journey, over HTTP against the
 * real built bot) stays within what that channel can show, per the channel facts in src/bot/channels.ts.
 */
import type { Activity, Attachment } from 'botbuilder';
import { adaptiveCardProblems } from '../support/adaptive-card-check';
import { startBot, type BotProcess } from '../support/bot-process';
import { ChannelUser } from '../support/channel-user';
import { journeys } from './journeys';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const HERO = 'application/vnd.microsoft.card.hero';

type Card = { type?: string; version?: string; body?: Element[]; actions?: Action[]; buttons?: Action[] } & Record<string, unknown>;
type Element = { type: string; text?: string; weight?: string; style?: string };
type Action = { type: string; title?: string; data?: unknown };

let bot: BotProcess;
const transcripts = new Map<string, Activity[]>();

beforeAll(async () => {
  bot = await startBot();
  for (const channelId of ['msteams', 'slack', 'webchat', 'directline', 'telegramish']) {
    const all: Activity[] = [];
    for (const journey of journeys) {
      const u = new ChannelUser(bot.url, channelId);
      await journey.run(u);
      all.push(...u.transcript);
    }
    transcripts.set(channelId, all);
  }
}, 60_000);
afterAll(async () => {
  await bot.stop();
});

const sent = (channelId: string) => transcripts.get(channelId) as Activity[];
const attachments = (channelId: string): Attachment[] => sent(channelId).flatMap((a) => a.attachments ?? []);
const cards = (channelId: string, contentType: string): Card[] =>
  attachments(channelId).filter((x) => x.contentType === contentType).map((x) => x.content as Card);
const buttonsOf = (c: Card): Action[] => [...(c.actions ?? []), ...(c.buttons ?? [])];

describe.each(['msteams', 'webchat', 'directline'])('Adaptive Cards on %s', (channelId) => {
  it('are version 1.5 or older and validate as Adaptive Cards of their version', () => {
    const all = cards(channelId, ADAPTIVE);
    expect(all.length).toBeGreaterThan(0);
    for (const card of all) {
      expect(Number(card.version)).toBeLessThanOrEqual(1.5);
      expect(adaptiveCardProblems(card)).toEqual([]);
    }
  });
});

describe('Teams', () => {
  it('is never sent a postBack, in cards or as suggested actions', () => {
    const actions = sent('msteams').flatMap((a) => [
      ...(a.suggestedActions?.actions ?? []),
      ...(a.attachments ?? []).flatMap((x) => buttonsOf(x.content as Card)),
    ]);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((x) => x.type === 'postBack')).toEqual([]);
  });

  it('gets at most 3 suggested actions, and none on a message with a card', () => {
    for (const a of sent('msteams')) {
      const suggested = a.suggestedActions?.actions ?? [];
      expect(suggested.length).toBeLessThanOrEqual(3);
      if (a.attachments?.length) expect(suggested).toEqual([]);
    }
  });

  it('gets no card with more than 6 buttons', () => {
    for (const x of attachments('msteams')) expect(buttonsOf(x.content as Card).length).toBeLessThanOrEqual(6);
  });

  it('gets answers as Adaptive Card buttons whose click posts the label as the person\'s reply', () => {
    const submits = cards('msteams', ADAPTIVE).flatMap(buttonsOf).filter((b) => b.type === 'Action.Submit');
    expect(submits.length).toBeGreaterThan(0);
    for (const b of submits) expect(b.data).toEqual({ msteams: { type: 'imBack', value: b.title } });
  });

  it('shows card titles without markdown', () => {
    const titles = cards('msteams', ADAPTIVE).flatMap((c) => (c.body ?? []).filter((e) => e.weight === 'Bolder' || e.style === 'heading'));
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t.text).not.toMatch(/[*_`#]/);
  });

  it('gets a menu longer than 6 (all 7 answers to change) as numbered text', () => {
    const menu = sent('msteams').find((a) => /Which answer would you like to change\?/.test(a.text ?? '') && /^7\. /m.test(a.text ?? ''));
    expect(menu).toBeDefined();
    expect(menu?.attachments ?? []).toEqual([]);
  });
});

describe('Slack', () => {
  it('gets no suggested actions and no Adaptive Card (it would show as an image)', () => {
    expect(sent('slack').filter((a) => a.suggestedActions)).toEqual([]);
    expect(cards('slack', ADAPTIVE)).toEqual([]);
  });

  it('gets answers as at most 5 hero-card buttons that post their label, under words in the text', () => {
    const heroes = sent('slack').filter((a) => a.attachments?.some((x) => x.contentType === HERO));
    expect(heroes.length).toBeGreaterThan(0);
    for (const a of heroes) {
      expect(a.text).toBeTruthy();
      for (const x of a.attachments ?? []) {
        const buttons = buttonsOf(x.content as Card);
        expect(buttons.length).toBeLessThanOrEqual(5);
        for (const b of buttons) expect(['imBack', 'openUrl']).toContain(b.type);
      }
    }
  });

  it('gets the recommendation as text with bold headings and • bullets, each on its own line', () => {
    const advice = sent('slack').find((a) => /I recommend IMAP/.test(a.text ?? '')) as Activity;
    expect(advice.text).toMatch(/^\*\*I recommend IMAP\.\*\*\n\n/);
    expect(advice.text).toMatch(/\n\n• You read your mail in more than one place/);
    // Slack's channel reads the text as markdown, where a single newline would join two lines.
    for (const a of sent('slack')) expect(a.text ?? '').not.toMatch(/[^\n]\n[^\n]/);
  });
});

describe.each(['webchat', 'directline'])('%s', (channelId) => {
  it('gets each question\'s answers as suggested actions', () => {
    const question = sent(channelId).find((a) => /Where do you read your email\?/.test(a.text ?? '')) as Activity;
    expect(question.suggestedActions?.actions.map((x) => x.title)).toEqual([
      'On one computer only', 'On a computer and in Web Mail', 'On several computers, phones or tablets', 'Not sure',
    ]);
  });

  it('gets the recommendation as an Adaptive Card with its follow-ups as suggested actions, like the answers', () => {
    const message = sent(channelId).find((a) => JSON.stringify(a.attachments ?? []).includes('I recommend IMAP.')) as Activity;
    const advice = message.attachments?.[0].content as Card;
    expect(advice.version).toBe('1.5');
    expect(buttonsOf(advice)).toEqual([]); // nothing to reach inside the card
    expect(message.suggestedActions?.actions.map((x) => [x.type, x.title])).toEqual(
      ['How do I set it up?', 'Submit a request', 'Change an answer', 'Start over', 'Done'].map((t) => ['imBack', t]),
    );
  });

  it('gets no card with buttons at all: links are links in the text, follow-ups are suggested actions', () => {
    for (const card of cards(channelId, ADAPTIVE)) expect(buttonsOf(card)).toEqual([]);
    const setup = cards(channelId, ADAPTIVE).find((c) => JSON.stringify(c).includes('Setting up IMAP'));
    expect(JSON.stringify(setup)).toContain('[Step-by-step setup guide](https://support.livebooks.com/');
  });
});

describe('a channel the bot does not know', () => {
  it('gets plain text only: no cards, no suggested actions, no markdown', () => {
    for (const a of sent('telegramish')) {
      expect(a.attachments ?? []).toEqual([]);
      expect(a.suggestedActions).toBeUndefined();
      expect(a.text ?? '').not.toMatch(/\*\*/);
    }
  });

  it('gets every option of every question in the text, numbered', () => {
    const menu = sent('telegramish').find((a) => /Which answer would you like to change\?/.test(a.text ?? '') && /^7\. /m.test(a.text ?? ''));
    expect(menu?.text).toMatch(/1\. Where you read email\n2\. Your program and IMAP\n3\. POP today\n4\. Backups\n5\. Storage\n6\. SpamShield Pro\n7\. Internet connection/);
    const advice = sent('telegramish').find((a) => /I recommend/.test(a.text ?? '')) as Activity;
    expect(advice.text).toMatch(/1\. How do I set it up\?\n2\. Submit a request\n3\. Change an answer\n4\. Start over\n5\. Done/);
  });
});
