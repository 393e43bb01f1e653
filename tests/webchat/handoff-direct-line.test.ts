/**
 * The hand-off over the local Direct Line, with a stand-in live-agent hub on the same
 * conversation: it reads the bot's handoff.initiate (summary and transcript) and answers
 * with handoff.status. The person reads what happens next for accepted, failed and
 * completed; while a person has the chat the bot says nothing.
 */
import { startBot, type BotProcess } from '../support/bot-process';
import { localClient, type Activity, type LocalClient } from './support/local-client';

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBot({ TOKEN_RATE_LIMIT_PER_MINUTE: '100', HANDOFF_PROFILE: 'directline' });
});
afterAll(async () => {
  await bot.stop();
});

/** Polls until an activity matching `wanted` shows up after `watermark`; resolves to all of them since. */
async function waitFor(c: LocalClient, wanted: (a: Activity) => boolean, watermark?: string): Promise<{ activities: Activity[]; watermark: string }> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const got = await c.poll(watermark);
    if (got.activities.some(wanted)) return got;
    if (Date.now() > deadline) throw new Error(`not seen; got ${JSON.stringify(got.activities.map((a) => a.text ?? a.name))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const fromBot = (a: Activity) => a.from.role === 'bot';
const botSays = (pattern: RegExp) => (a: Activity) => fromBot(a) && a.type === 'message' && pattern.test(a.text ?? '');

/** A person gets the advice and asks for a person; the hub sees the hand-off event. */
async function handedOff(): Promise<{ c: LocalClient; all: Activity[]; initiate: Activity; watermark: string }> {
  const c = await localClient(bot.url);
  await c.start();
  await c.say('Yes, before then');
  await c.say('On several computers, phones or tablets');
  await c.say('Yes, it works with IMAP');
  await c.say('Talk to a person');
  const { activities, watermark } = await waitFor(c, (a) => a.type === 'event' && a.name === 'handoff.initiate');
  return { c, all: activities, initiate: activities.find((a) => a.name === 'handoff.initiate') as Activity, watermark };
}

/** The stand-in hub's answer. */
const status = (c: LocalClient, state: string) => c.send({ type: 'event', name: 'handoff.status', value: { state } });

describe('hand-off to a person over Direct Line', () => {
  it('hands the hub the summary and the whole transcript so far', async () => {
    const { all, initiate } = await handedOff();
    expect((initiate.value as { summary: string }).summary).toMatch(/Where you read email: On several computers, phones or tablets\nYour program and IMAP: Yes, it works with IMAP\nBot recommendation: IMAP/);
    const transcript = initiate.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.activity.transcript')?.content as { activities: Activity[] };
    // Whole: every message of the conversation up to the event, in order, the person's and the bot's, with the cards.
    const messages = all.slice(0, all.indexOf(initiate)).filter((a) => a.type === 'message');
    expect(transcript.activities.map((a) => [a.from.role, a.text ?? '', (a.attachments ?? []).length])).toEqual(messages.map((a) => [a.from.role, a.text ?? '', (a.attachments ?? []).length]));
    expect(transcript.activities.length).toBeGreaterThanOrEqual(9);
    expect(JSON.stringify(transcript)).toMatch(/I recommend IMAP/);
  });

  it('accepted: says a person has joined, then stays quiet while they have the chat; completed: the bot is back', async () => {
    const { c, watermark } = await handedOff();
    expect((await status(c, 'accepted')).status).toBe(200);
    const joined = await waitFor(c, botSays(/has joined the chat/), watermark);
    await c.say('hello, is anyone there?');
    await new Promise((r) => setTimeout(r, 500));
    const quiet = await c.poll(joined.watermark);
    expect(quiet.activities.map((a) => [a.from.role, a.text])).toEqual([['user', 'hello, is anyone there?']]);

    await status(c, 'completed');
    const back = await waitFor(c, botSays(/has left the chat/), quiet.watermark);
    await c.say('what is imap?');
    expect((await waitFor(c, botSays(/IMAP\*\* keeps your mail/), back.watermark)).activities.length).toBeGreaterThan(0);
  });

  it('failed: says nobody can join, and gives the request form', async () => {
    const { c, watermark } = await handedOff();
    await status(c, 'failed');
    const { activities } = await waitFor(c, botSays(/nobody from our support team can join/), watermark);
    expect(JSON.stringify(activities)).toMatch(/requests\/new/);
    expect(JSON.stringify(activities.filter(fromBot))).not.toMatch(/passed on/);
  });

  it('takes an unknown status without an error and without a word', async () => {
    const { c, watermark } = await handedOff();
    expect((await status(c, 'pondering')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect((await c.poll(watermark)).activities.filter(fromBot)).toEqual([]);
  });
});
