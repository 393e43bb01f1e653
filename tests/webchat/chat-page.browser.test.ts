/**
 * The chat page in a real browser (Debian's Chromium), against the bot as `npm start` runs
 * it: local Direct Line, no Azure, nothing but 127.0.0.1 reachable. A person answers by
 * clicking, gets the recommendation card, asks how to set it up, and starts over.
 * Leaves the README's pictures in docs/: screenshot-webchat.png (desktop) and
 * screenshot-webchat-phone.png (a phone, 390 × 844).
 */
import { join } from 'path';
import { ROOT, startBot, type BotProcess } from '../support/bot-process';
import { answer, openBrowser, type Browser } from './support/browser';

const SCREENSHOT = join(ROOT, 'docs/screenshot-webchat.png');
const PHONE_SCREENSHOT = join(ROOT, 'docs/screenshot-webchat-phone.png');
const WAIT = { timeout: 15_000 };

let bot: BotProcess;
let browser: Browser;
beforeAll(async () => {
  bot = await startBot();
  browser = await openBrowser({ width: 960, height: 1300 });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await bot?.stop();
});

it('runs a whole conversation by clicking, with no console errors and nothing off this machine', async () => {
  const { page } = browser;
  await page.goto(bot.url);

  expect(await page.title()).toBe('liveBooks email help: POP or IMAP?');
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await page.getByRole('heading', { level: 1, name: 'liveBooks email help' }).waitFor(WAIT);
  await page.getByRole('main').getByRole('region', { name: 'Chat with the liveBooks email helper' }).waitFor(WAIT);
  const startOver = page.getByRole('banner').getByRole('button', { name: 'Start over' });

  await page.getByText(/help you choose between POP and IMAP/).first().waitFor(WAIT);
  await answer(page, /did you create your liveBooks account before/, 'Yes, before then');
  await answer(page, /Where do you read your email\?/, 'On several computers, phones or tablets');
  await answer(page, /Does your email program work with IMAP\?/, 'Yes, it works with IMAP');

  // The recommendation arrives as an Adaptive Card with its follow-up buttons.
  const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'I recommend IMAP.' });
  await card.waitFor(WAIT);
  await card.getByText(/in sync/).waitFor(WAIT);
  await answer(page, /I recommend IMAP/, 'How do I set it up?');

  const setup = page.locator('.ac-adaptiveCard').filter({ hasText: /imap\.livebooks\.com/ });
  await setup.waitFor(WAIT);
  await setup.getByText(/993/).first().waitFor(WAIT);
  await page.waitForTimeout(300); // let the transcript finish scrolling before the picture
  await page.screenshot({ path: SCREENSHOT });

  // The header's "Start over" sends "start over": the bot begins again.
  expect(await startOver.isEnabled()).toBe(true);
  await startOver.click();
  await page.getByText(/Sure, let.s start over\./).last().waitFor(WAIT);
  await page.getByText(/did you create your liveBooks account before/).last().waitFor(WAIT);

  expect(browser.errors).toEqual([]);
  expect(browser.blocked).toEqual([]);
}, 90_000);

it('fits a phone: the answers under the advice, the footer with the request link', async () => {
  const phone = await openBrowser({ width: 390, height: 844 }, { deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const { page } = phone;
    await page.goto(bot.url);
    await answer(page, /did you create your liveBooks account before/, 'Yes, before then');
    await answer(page, /Where do you read your email\?/, 'On several computers, phones or tablets');
    await answer(page, /Does your email program work with IMAP\?/, 'Yes, it works with IMAP');
    await page.locator('.ac-adaptiveCard').filter({ hasText: 'I recommend IMAP.' }).waitFor(WAIT);
    await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: 'How do I set it up?' }).waitFor(WAIT);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Submit a request' }).waitFor(WAIT);
    await page.waitForTimeout(300);
    await page.screenshot({ path: PHONE_SCREENSHOT });
    expect(phone.errors).toEqual([]);
    expect(phone.blocked).toEqual([]);
  } finally {
    await phone.close();
  }
}, 60_000);
