import type { Activity } from 'botbuilder';

/** Channel conversation ids run to ~150 characters (Teams threads); every stored byte is kept per conversation. */
export const MAX_CONVERSATION_ID = 256;
/**
 * Text past this is cut off before any bot code reads it: chat messages are a few hundred
 * characters, and nothing downstream (understanding, mention stripping) need see more.
 */
export const MAX_TEXT_CHARS = 2_000;

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
  return activityProblem(body) === undefined ? (body as Activity) : undefined;
}

/** What is wrong with `body` as an activity (for the log), or undefined; a good one is fixed up in place. */
export function activityProblem(body: unknown): string | undefined {
  if (!isObject(body)) return 'not a JSON object';
  const a = body as Record<string, unknown>;
  if (!isText(a.type, 1, 64)) return 'type';
  if (!isText(a.channelId, 1, 64) || !(a.channelId as string).trim()) return 'channelId';
  const conversation = a.conversation as Record<string, unknown>;
  if (!isObject(conversation)) return 'conversation';
  if (!isText(conversation.id, 1, MAX_CONVERSATION_ID)) return 'conversation.id';
  if (!optional(conversation.conversationType, isString)) return 'conversation.conversationType';
  if (a.serviceUrl !== undefined && !isText(a.serviceUrl, 0, 2048)) return 'serviceUrl';
  for (const field of STRING_FIELDS) if (!optional(a[field], isString)) return field;
  if (a.from !== undefined && !isAccount(a.from)) return 'from';
  if (a.recipient !== undefined && !isAccount(a.recipient)) return 'recipient';
  for (const field of ['membersAdded', 'membersRemoved']) {
    if (a[field] !== undefined && !(Array.isArray(a[field]) && (a[field] as unknown[]).every(isAccount))) return field;
  }
  for (const field of ['entities', 'attachments']) if (!optional(a[field], isObjectList)) return field;
  if (!optional(a.suggestedActions, isObject)) return 'suggestedActions';
  // What botbuilder's own parser does: timestamps arrive as strings.
  fixDate(a, 'timestamp', 'rawTimestamp');
  fixDate(a, 'localTimestamp', 'rawLocalTimestamp');
  fixDate(a, 'expiration', 'rawExpiration');
  // What the person said: typed text, or the text a card button submitted.
  if (typeof a.text === 'string') a.text = bounded(a.text);
  const value = a.value as { text?: unknown } | undefined;
  if (isObject(value) && typeof value?.text === 'string') value.text = bounded(value.text);
  return undefined;
}

/** At most MAX_TEXT_CHARS, without splitting a surrogate pair. */
export function bounded(text: string): string {
  if (text.length <= MAX_TEXT_CHARS) return text;
  const cut = text.slice(0, MAX_TEXT_CHARS);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
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
