/**
 * Reading and answering the chat page as a person does: by what is on screen and what the
 * keyboard reaches.
 */
import type { Page } from 'playwright-core';

export const WAIT = { timeout: 15_000 };

/** The answers and follow-ups under the last message (Web Chat's suggested actions). */
export function answers(page: Page) {
  return page.getByRole('toolbar', { name: 'Suggested actions' });
}

/** Waits until the bot's last words match. */
export async function botSaid(page: Page, text: RegExp): Promise<void> {
  await page.locator('.webchat__basic-transcript__activity').filter({ hasText: text }).last().waitFor(WAIT);
}

/** What has keyboard focus: its role-ish tag, accessible text, and the outline drawn around it. */
export async function focused(page: Page): Promise<{ tag: string; text: string; outlineWidth: number; outlineStyle: string }> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    const style = getComputedStyle(e);
    return {
      tag: e.tagName.toLowerCase(),
      text: (e.getAttribute('aria-label') || e.innerText || '').trim(),
      outlineWidth: parseFloat(style.outlineWidth) || 0,
      outlineStyle: style.outlineStyle,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's text is `label`, and returns how
 * many presses it took; fails after `max` presses. Only the keyboard moves focus here.
 */
export async function tabTo(page: Page, label: string, { back = false, max = 25 } = {}): Promise<number> {
  const seen: string[] = [];
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f.text === label) return i;
    seen.push(`${f.tag} "${f.text.slice(0, 30)}"`);
  }
  throw new Error(`"${label}" not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses; focus went: ${seen.join(' > ')}`);
}
