/**
 * axe-core (through @axe-core/playwright) with the WCAG 2.1 A and AA rules. axe is put into
 * the page by Playwright's evaluation, not a <script> tag, so the page's strict CSP stays as
 * it is; the page's own scripts run under it as usual.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** "rule (impact): target, target" for each violation on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
}
