import type { Activity } from 'botbuilder';

/**
 * The least an activity needs before any bot code sees it. Stock CloudAdapter answers
 * 500 (with its internal message) for these; we answer 400 and say nothing internal.
 *
 * Written out by hand rather than as a zod schema: this runs on every request, and the
 * zod object parse (a copy of the whole activity) cost more than the rest of the check.
 * tests/bot/activity-check.test.ts holds the zod schema it replaced and compares the two.
 */
export function checkActivity(body: unknown): Activity | undefined {
  if (!isObject(body)) return undefined;
  const a = body as Record<string, unknown>;
  if (!isText(a.type, 1, 64) || !isText(a.channelId, 1, 64)) return undefined;
  if (!isObject(a.conversation) || !isText((a.conversation as Record<string, unknown>).id, 1, 1024)) return undefined;
  if (a.serviceUrl !== undefined && !isText(a.serviceUrl, 0, 2048)) return undefined;
  if (a.text !== undefined && !isText(a.text, 0, 10_000)) return undefined;
  // What botbuilder's own parser does: timestamps arrive as strings.
  fixDate(a, 'timestamp', 'rawTimestamp');
  fixDate(a, 'localTimestamp', 'rawLocalTimestamp');
  fixDate(a, 'expiration', 'rawExpiration');
  return a as unknown as Activity;
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown, min: number, max: number): boolean {
  return typeof v === 'string' && v.length >= min && v.length <= max;
}

function fixDate(a: Record<string, unknown>, field: string, raw: string): void {
  const value = a[field];
  if (typeof value === 'string') {
    a[raw] = value;
    a[field] = new Date(value);
  }
}
