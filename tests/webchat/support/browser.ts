/**
 * Debian's Chromium driven by playwright-core, offline: a fresh profile, and every request
 * that is not to 127.0.0.1 is aborted and recorded. Console errors and page errors are
 * collected so a test can require there were none.
 */
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface Browser {
  page: Page;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** Requests refused because they were not to 127.0.0.1. */
  blocked: string[];
  close(): Promise<void>;
}

/** What else the browser emulates: the person's motion preference, a zoom (device scale). */
export interface BrowserOptions {
  reducedMotion?: 'reduce' | 'no-preference';
  deviceScaleFactor?: number;
  isMobile?: boolean;
  hasTouch?: boolean;
  /** The browser's language (navigator.language and Accept-Language), e.g. "de-DE". */
  locale?: string;
}

export async function openBrowser(viewport: { width: number; height: number }, options: BrowserOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it with: apt-get install -y chromium (.ci/run does this).`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'webchat-test-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport,
      ...options,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const errors: string[] = [];
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  return {
    page,
    errors,
    blocked,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const WAIT = { timeout: 15_000 };

/** Waits for the bot's question, clicks the answer among the suggested actions (the toolbar's name is Web Chat's, in the page's language), and waits for it to show as sent. */
export async function answer(page: Page, question: RegExp, label: string, toolbar = 'Suggested actions'): Promise<void> {
  await page.getByText(question).last().waitFor(WAIT);
  await page.getByRole('toolbar', { name: toolbar }).getByRole('button', { name: label, exact: true }).click();
  await page.getByText(label, { exact: true }).last().waitFor(WAIT);
}
