import type { Activity } from 'botbuilder';

/**
 * The least an activity needs before any bot code sees it, and the shape of every field the
 * bot reads. Stock CloudAdapter answers 500 (with its internal message) for a bad activity,
 * or crashes later on a field of the wrong type; we answer 400 and say nothing internal.
 *
 * Written out by hand rather than as a zod schema: this runs on every request, and the zod
 * object parse (a copy of the whole activity) cost more than the rest of the check.
 * tests/bot/activity-check.test.ts holds the zod schema it implements and compares the two.
 */
export function checkActivity(body: unknown): Activity | undefined {
  if (!isObject(body)) return undefined;
  const a = body as Record<string, unknown>;
  if (!isText(a.type, 1, 64) || !isText(a.channelId, 1, 64) || !(a.channelId as string).trim()) return undefined;
  const conversation = a.conversation as Record<string, unknown>;
  if (!isObject(conversation) || !isText(conversation.id, 1, 1024)) return undefined;
  if (!optional(conversation.conversationType, isString)) return undefined;
  if (a.serviceUrl !== undefined && !isText(a.serviceUrl, 0, 2048)) return undefined;
  for (const field of STRING_FIELDS) if (!optional(a[field], isString)) return undefined;
  if (a.from !== undefined && !isAccount(a.from)) return undefined;
  if (a.recipient !== undefined && !isAccount(a.recipient)) return undefined;
  for (const field of ['membersAdded', 'membersRemoved']) {
    if (a[field] !== undefined && !(Array.isArray(a[field]) && (a[field] as unknown[]).every(isAccount))) return undefined;
  }
  for (const field of ['entities', 'attachments']) if (!optional(a[field], isObjectList)) return undefined;
  if (!optional(a.suggestedActions, isObject)) return undefined;
  // What botbuilder's own parser does: timestamps arrive as strings.
  fixDate(a, 'timestamp', 'rawTimestamp');
  fixDate(a, 'localTimestamp', 'rawLocalTimestamp');
  fixDate(a, 'expiration', 'rawExpiration');
  return a as unknown as Activity;
}

/** Fields that, when present, must be text (or null). */
const STRING_FIELDS = ['text', 'deliveryMode', 'replyToId', 'locale', 'timestamp', 'localTimestamp'];

/** Absent, null, or passing the check. */
function optional(v: unknown, check: (v: unknown) => boolean): boolean {
  return v === undefined || v === null || check(v);
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isString(v: unknown): boolean {
  return typeof v === 'string';
}

function isText(v: unknown, min: number, max: number): boolean {
  return typeof v === 'string' && v.length >= min && v.length <= max;
}

function isObjectList(v: unknown): boolean {
  return Array.isArray(v) && v.every(isObject);
}

function isAccount(v: unknown): boolean {
  if (!isObject(v)) return false;
  const { id, name } = v as { id?: unknown; name?: unknown };
  return (id === undefined || isText(id, 0, 1024)) && (name === undefined || name === null || isString(name));
}

function fixDate(a: Record<string, unknown>, field: string, raw: string): void {
  const value = a[field];
  if (typeof value === 'string') {
    a[raw] = value;
    a[field] = new Date(value);
  }
}
