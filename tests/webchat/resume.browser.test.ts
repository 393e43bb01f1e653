/**
 * A reload mid-conversation shows the same conversation and goes on from where it was; a new
 * tab is a new conversation; a conversation that is gone (here: the bot restarted, so its
 * local Direct Line forgot it) starts afresh with a line saying so, never an error.
 */
import type { Page } from 'playwright-core';
import { freePort, startBot, type BotProcess } from '../support/bot-process';
import { openBrowser, type Browser } from './support/browser';
import { answers, botSaid, WAIT } from './support/chat';

let port: number;
let bot: BotProcess;
let browser: Browser;
beforeAll(async () => {
  port = await freePort();
  bot = await startBot({}, { port });
  browser = await openBrowser({ width: 1024, height: 900 });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await bot?.stop();
});

async function choose(page: Page, label: string): Promise<void> {
  await answers(page).getByRole('button', { name: label, exact: true }).click();
}

/** The page's status line (hidden while empty). */
const status = (page: Page) => page.locator('[data-webchat-status]').textContent();

const bubbles = (page: Page, text: RegExp) => page.locator('.webchat__basic-transcript__activity').filter({ hasText: text });

it('continues the same conversation after a reload, and answers from where it was', async () => {
  const { page } = browser;
  await page.goto(bot.url);
  await choose(page, 'Yes, before then');
  await choose(page, 'On several computers, phones or tablets');
  await botSaid(page, /Does your email program work with IMAP\?/);
  const conversationId = await page.evaluate(() => JSON.parse(Object.values(sessionStorage)[0] as string).conversationId as string);

  await page.reload();
  // The history is back, once, with the question still on screen and its answers offered.
  await botSaid(page, /Does your email program work with IMAP\?/);
  await answers(page).getByRole('button', { name: 'Yes, it works with IMAP', exact: true }).waitFor(WAIT);
  expect(await bubbles(page, /help you choose between POP and IMAP/).count()).toBe(1);
  const mine = page.locator('.webchat__stacked-layout--from-user');
  expect(await mine.allInnerTexts()).toEqual([expect.stringMatching(/Yes, before then/), expect.stringMatching(/On several computers, phones or tablets/)]);
  expect(await page.evaluate(() => JSON.parse(Object.values(sessionStorage)[0] as string).conversationId)).toBe(conversationId);

  await choose(page, 'Yes, it works with IMAP');
  await botSaid(page, /I recommend IMAP/);
  expect(await bubbles(page, /help you choose between POP and IMAP/).count()).toBe(1); // no second welcome
  expect(await status(page)).toBe('');
  expect(browser.errors).toEqual([]);
  expect(browser.blocked).toEqual([]);
}, 60_000);

it('starts a separate conversation in a new tab', async () => {
  const other = await browser.page.context().newPage();
  await other.goto(bot.url);
  await botSaid(other, /did you create your liveBooks account before/);
  expect(await bubbles(other, /I recommend IMAP/).count()).toBe(0);
  await other.close();
}, 30_000);

it('starts afresh, kindly, when the conversation is gone', async () => {
  const { page } = browser;
  await page.goto('about:blank'); // the person leaves the page; this tab keeps the conversation's id and token
  await bot.stop();
  bot = await startBot({}, { port }); // a new process: its local Direct Line knows no conversation
  await page.goto(bot.url); // and comes back to it
  await botSaid(page, /did you create your liveBooks account before/);
  await page.getByRole('status').filter({ hasText: 'Your earlier chat has ended, so this is a new one.' }).waitFor(WAIT);
  expect(await bubbles(page, /I recommend IMAP/).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(false);
  // The line goes once the person answers.
  await choose(page, 'Yes, before then');
  await botSaid(page, /Where do you read your email\?/);
  expect(await status(page)).toBe('');
  // The one thing the browser logs is the refused token refresh (Direct Line answers 403 for a conversation it doesn't know).
  expect(browser.errors.filter((e) => !/status of 403/.test(e))).toEqual([]);
  expect(browser.blocked).toEqual([]);
}, 60_000);
