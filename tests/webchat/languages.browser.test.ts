/**
 * The chat page with the browser set to each language we speak (navigator.language and
 * Accept-Language, as a person's browser sends them): the page's own strings, the bot's
 * welcome, the buttons and the recommendation card are all in that language, the card
 * carries its `lang`, and nothing English slips in.
 */
import { LANGUAGES, wordsFor } from '../../src/copy';
import { startBot, type BotProcess } from '../support/bot-process';
import { answer, openBrowser } from './support/browser';

const WAIT = { timeout: 15_000 };
const BROWSER_LOCALE: Record<string, string> = { de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

/** The start of a message as the page shows it: markdown stripped, as a literal pattern. */
function opening(text: string, chars = 24): RegExp {
  const plain = text.replace(/\*\*/g, '').slice(0, chars);
  return new RegExp(plain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBot();
}, 60_000);
afterAll(async () => {
  await bot?.stop();
});

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the browser set to %s', (language) => {
  it('shows the page, the welcome, the buttons and the recommendation card in that language', async () => {
    const w = wordsFor(language, 'liveBooks');
    const browser = await openBrowser({ width: 960, height: 1300 }, { locale: BROWSER_LOCALE[language] });
    try {
      const { page } = browser;
      await page.goto(bot.url);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.title()).toBe(w.t('page.title'));
      await page.getByRole('banner').getByRole('button', { name: w.t('page.startOver') }).waitFor(WAIT);

      await page.getByText(opening(w.t('welcome'))).first().waitFor(WAIT);
      // Web Chat names its own controls in the page's language too.
      const bar = page.locator('[role=toolbar]').last();
      await bar.waitFor(WAIT);
      const toolbar = (await bar.getAttribute('aria-label')) ?? '';
      expect(toolbar).not.toBe('Suggested actions');
      await answer(page, opening(w.t('eligibility.question', { cutoff: w.date('2015-08-06') }), 16), w.t('eligibility.before'), toolbar);
      await answer(page, opening(w.t('questions.devices.question')), w.t('questions.devices.options.severalDevices'), toolbar);
      await answer(page, opening(w.t('questions.program.question')), w.t('questions.program.options.yes'), toolbar);

      const card = page.locator('.ac-adaptiveCard').filter({ hasText: w.t('recommendation.title', { protocol: 'IMAP' }) });
      await card.waitFor(WAIT);
      await card.getByText(opening(w.t('reasons.imapSeveralDevices'))).waitFor(WAIT);
      await page.getByRole('toolbar', { name: toolbar }).getByRole('button', { name: w.t('actions.setup') }).waitFor(WAIT);

      const shown = await page.locator('main').innerText();
      expect(shown).not.toMatch(/I recommend|Where do you read|Does your email program|Sorry, I didn't catch/);
      expect(browser.errors).toEqual([]);
      expect(browser.blocked).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 90_000);
});
