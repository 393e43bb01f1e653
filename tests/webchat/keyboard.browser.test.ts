/**
 * The whole conversation by keyboard alone (Tab, Shift+Tab, Enter, Space; no mouse), the
 * follow-ups after the advice included, with a focus ring you can see on everything it
 * reaches. Then the page with less motion asked for, and at 200 % zoom.
 */
import type { Page } from 'playwright-core';
import { startBot, type BotProcess } from '../support/bot-process';
import { openBrowser, type Browser } from './support/browser';
import { answers, botSaid, focused, tabTo, WAIT } from './support/chat';

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBot();
}, 60_000);
afterAll(async () => {
  await bot?.stop();
});

/** The focus ring is there: an outline at least 2 px wide, or Web Chat's own ring inside the button. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const f = await focused(page);
  const ring = await page.evaluate(() => {
    const indicator = document.activeElement?.querySelector('.webchat__suggested-action__keyboard-focus-indicator');
    if (!indicator) return 0;
    const s = getComputedStyle(indicator);
    return s.display === 'none' ? 0 : parseFloat(s.borderTopWidth) || 0;
  });
  expect({ focus: f.text, ring: Math.max(f.outlineStyle === 'none' ? 0 : f.outlineWidth, ring) >= 2 }).toEqual({ focus: f.text, ring: true });
}

/**
 * Picks an answer or follow-up from the send box, where Web Chat leaves focus after each one:
 * Shift+Tab into the answers, Tab along them, then Enter or Space.
 */
async function pick(page: Page, label: string, key: 'Enter' | 'Space'): Promise<void> {
  await answers(page).getByRole('button', { name: label, exact: true }).waitFor(WAIT);
  let reached = false;
  for (let i = 0; i < 6 && !reached; i++) {
    await page.keyboard.press('Shift+Tab');
    reached = await page.evaluate(() => !!document.activeElement?.closest('[role="toolbar"]'));
  }
  expect(reached).toBe(true);
  if ((await focused(page)).text !== label) await tabTo(page, label, { max: 8 });
  await expectVisibleFocus(page);
  await page.keyboard.press(key);
}

describe('by keyboard alone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 1024, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes from the welcome to the advice, its set-up steps, a request, feedback and a new start', async () => {
    const { page } = browser;
    await page.goto(bot.url);
    await botSaid(page, /did you create your liveBooks account before/);

    // From the top of the page, Tab alone reaches the first answer.
    await tabTo(page, 'Yes, before then');
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await botSaid(page, /Where do you read your email\?/);

    await pick(page, 'On several computers, phones or tablets', 'Space');
    await botSaid(page, /Does your email program work with IMAP\?/);
    await pick(page, 'Yes, it works with IMAP', 'Enter');
    await botSaid(page, /I recommend IMAP/);

    // The follow-ups of the advice are reached the same way as the answers.
    await pick(page, 'How do I set it up?', 'Space');
    await botSaid(page, /Setting up IMAP/);
    await pick(page, 'Submit a request', 'Enter');
    await botSaid(page, /A person on our support team can help/);
    await pick(page, 'Done', 'Enter');
    await botSaid(page, /Did this help\?/);
    await pick(page, 'Yes', 'Space');
    await botSaid(page, /thanks for letting me know/);

    // Back up to the header's "Start over" with Shift+Tab; Web Chat's keyboard help never covers the chat.
    await tabTo(page, 'Start over', { back: true });
    await expectVisibleFocus(page);
    await page.keyboard.press('Space');
    await botSaid(page, /let.s start over/);
    await pick(page, 'No, on or after then', 'Enter');
    await botSaid(page, /doesn.t apply to yours/);
    expect(await page.locator('.webchat__keyboard-help--shown').count()).toBe(0);

    // The typed way works by keyboard too.
    await page.getByRole('textbox', { name: 'Message input box' }).focus();
    await page.keyboard.type('help');
    await page.keyboard.press('Enter');
    await botSaid(page, /You can also say/);

    expect(browser.errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  }, 120_000);
});

describe('with less motion asked for', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 1024, height: 900 }, { reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs no animation or transition', async () => {
    const { page } = browser;
    await page.goto(bot.url);
    await botSaid(page, /did you create your liveBooks account before/);
    const moving = () =>
      page.evaluate(() =>
        document.getAnimations().filter((a) => a.playState === 'running' && Number(a.effect?.getComputedTiming().duration) > 1).length,
      );
    await answers(page).getByRole('button', { name: 'Yes, before then', exact: true }).hover();
    expect(await moving()).toBe(0);
    await answers(page).getByRole('button', { name: 'Yes, before then', exact: true }).click();
    await botSaid(page, /Where do you read your email\?/);
    expect(await moving()).toBe(0);
    const transition = await answers(page).getByRole('button').first().evaluate((b) => parseFloat(getComputedStyle(b).transitionDuration) || 0);
    expect(transition).toBeLessThanOrEqual(0.001);
    expect(browser.errors).toEqual([]);
  }, 60_000);
});

describe('at 200 % zoom (a 1280 × 900 window)', () => {
  let browser: Browser;
  beforeAll(async () => {
    // 200 % zoom is a viewport of half the CSS pixels, each drawn twice as large.
    browser = await openBrowser({ width: 640, height: 450 }, { deviceScaleFactor: 2 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps everything on screen without sideways scrolling, and the chat usable', async () => {
    const { page } = browser;
    await page.goto(bot.url);
    await botSaid(page, /did you create your liveBooks account before/);
    const layout = await page.evaluate(() => ({
      sideways: document.documentElement.scrollWidth - window.innerWidth,
      chat: document.getElementById('webchat')?.getBoundingClientRect().height ?? 0,
    }));
    expect(layout.sideways).toBeLessThanOrEqual(0);
    expect(layout.chat).toBeGreaterThanOrEqual(240);
    await answers(page).getByRole('button', { name: 'Yes, before then', exact: true }).click();
    await botSaid(page, /Where do you read your email\?/);
    const input = page.getByRole('textbox', { name: 'Message input box' });
    await input.scrollIntoViewIfNeeded();
    expect(await input.isVisible()).toBe(true);
    expect(browser.errors).toEqual([]);
  }, 60_000);
});
