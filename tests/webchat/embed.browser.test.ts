/**
 * deploy/webchat/embed.html as the support site would paste it: served from another origin
 * than the bot's, pointed at the bot, which lists that origin in WEBCHAT_ALLOWED_ORIGINS.
 * The chat must start and answer, across origins, with no console errors.
 */
import { readFileSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { join } from 'path';
import { ROOT, startBot, type BotProcess } from '../support/bot-process';
import { answer, openBrowser, type Browser } from './support/browser';

const SNIPPET = readFileSync(join(ROOT, 'deploy/webchat/embed.html'), 'utf8');

let site: Server;
let siteUrl: string;
let bot: BotProcess;
let browser: Browser;

beforeAll(async () => {
  site = createServer((req, res) => {
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>liveBooks Support</title>
<style>#webchat { height: 600px; }</style></head><body><main><h1>liveBooks Support</h1>${snippetFor(bot.url)}</main></body></html>`;
    // Two calls, not a chain: restify, loaded by other tests in this jest worker, patches writeHead to return nothing.
    res.writeHead(req.url === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url === '/' ? page : '');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  bot = await startBot({ WEBCHAT_ALLOWED_ORIGINS: siteUrl });
  browser = await openBrowser({ width: 800, height: 900 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await bot?.stop();
  site?.closeAllConnections();
  await new Promise((resolve) => site?.close(resolve));
});

/** The snippet with the bot's address, and the bot's local Direct Line instead of Azure's. */
function snippetFor(botUrl: string): string {
  return SNIPPET.replaceAll('https://bot.example.com', botUrl).replace(
    'data-directline-domain="https://directline.botframework.com/v3/directline"',
    `data-directline-domain="${botUrl}/v3/directline" data-web-socket="false"`,
  );
}

it('starts the chat on another site and answers', async () => {
  const { page } = browser;
  await page.goto(siteUrl);
  await answer(page, /did you create your liveBooks account before/, 'Yes, before then');
  await page.getByText(/Where do you read your email\?/).last().waitFor({ timeout: 15_000 });
  expect(await page.getByRole('button', { name: 'Start over' }).isEnabled()).toBe(true);
  expect(browser.errors).toEqual([]);
  expect(browser.blocked).toEqual([]);
}, 60_000);
