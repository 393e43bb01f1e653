/**
 * axe-core's WCAG 2.1 A and AA rules at every screen of a conversation, on a desktop and a
 * phone: the welcome and each kind of question, the recommendation, the set-up steps, the
 * request, the feedback question and its answer, and an account too new for the advice.
 * New messages are announced: each reply appears in Web Chat's live region (role "log"),
 * read from the accessibility tree. The figures go to .tmp/a11y/results.json for the README.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { freePort, ROOT, startBot, type BotProcess } from '../support/bot-process';
import { axeViolations } from './support/axe';
import { openBrowser, type Browser } from './support/browser';
import { answers, botSaid, WAIT } from './support/chat';

const SIZES = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};

let bot: BotProcess;
const results: Record<string, Record<string, string[]>> = {};

beforeAll(async () => {
  const port = await freePort();
  // A logo from configuration, so the header is checked with it (the bot's own icon will do).
  bot = await startBot({ BRAND_LOGO_URL: `http://127.0.0.1:${port}/webchat/favicon.svg` }, { port });
}, 60_000);
afterAll(async () => {
  await bot?.stop();
  mkdirSync(join(ROOT, '.tmp/a11y'), { recursive: true });
  writeFileSync(join(ROOT, '.tmp/a11y/results.json'), JSON.stringify(results, null, 2));
});

/** Clicks an answer or follow-up, then waits for the bot's reply. */
async function choose(page: Page, label: string, reply: RegExp): Promise<void> {
  await answers(page).getByRole('button', { name: label, exact: true }).click();
  await botSaid(page, reply);
}

/** Waits until Web Chat's live region holds these words (it empties itself a second later). */
async function announced(page: Page, words: RegExp): Promise<boolean> {
  const log = page.locator('.webchat__live-region-transcript');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (words.test(await log.ariaSnapshot())) return true;
    await page.waitForTimeout(25);
  }
  return false;
}

describe.each(Object.entries(SIZES))('on a %s', (size, viewport) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(viewport);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has no WCAG 2.1 AA violation on any screen, and announces each new message', async () => {
    const { page } = browser;
    const screens: Record<string, string[]> = (results[size] = {});
    const check = async (screen: string) => {
      await page.waitForTimeout(300); // the transcript settles (scrolling, the typing indicator)
      screens[screen] = await axeViolations(page);
    };

    await page.goto(bot.url);
    await botSaid(page, /did you create your liveBooks account before/);
    await answers(page).waitFor(WAIT);
    await check('welcome and the account date question');

    const reply = announced(page, /Where do you read your email\?/);
    await choose(page, 'Yes, before then', /Where do you read your email\?/);
    expect(await reply).toBe(true);
    await check('a question with three answers');

    await choose(page, 'On several computers, phones or tablets', /Does your email program work with IMAP\?/);
    await check('a yes-or-no question');

    const advice = announced(page, /I recommend IMAP/);
    await choose(page, 'Yes, it works with IMAP', /I recommend IMAP/);
    expect(await advice).toBe(true);
    await check('the recommendation');

    await choose(page, 'How do I set it up?', /Setting up IMAP/);
    await check('the set-up steps');

    await choose(page, 'Submit a request', /A person on our support team can help/);
    await check('the request');

    await choose(page, 'Done', /Did this help\?/);
    await check('the feedback question');

    await choose(page, 'No', /A person on our support team can help/);
    await check('the answer to "No"');

    await page.getByRole('banner').getByRole('button', { name: 'Start over' }).click();
    await botSaid(page, /let.s start over/);
    await choose(page, 'No, on or after then', /doesn.t apply to yours/);
    await check('not eligible');

    expect(screens).toEqual(Object.fromEntries(Object.keys(screens).map((s) => [s, []])));
    expect(browser.errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  }, 240_000); // 18 axe runs: about a minute on a busy machine
});
