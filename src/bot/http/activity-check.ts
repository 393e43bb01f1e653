import { z } from 'zod';
import type { Activity } from 'botbuilder';

/**
 * The least an activity needs before any bot code sees it. Stock CloudAdapter answers
 * 500 (with its internal message) for these; we answer 400 and say nothing internal.
 */
const account = z.object({ id: z.string().max(1024).optional(), name: z.string().optional().nullable() }).passthrough();
const objectList = z.array(z.object({}).passthrough());
const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().trim().min(1).max(64),
    conversation: z.object({ id: z.string().min(1).max(1024), conversationType: z.string().optional().nullable() }).passthrough(),
    serviceUrl: z.string().max(2048).optional(),
    // Fields the bot reads must have the shape the Bot Framework schema gives them.
    text: z.string().optional().nullable(),
    from: account.optional(),
    recipient: account.optional(),
    membersAdded: z.array(account).optional(),
    membersRemoved: z.array(account).optional(),
    entities: objectList.optional().nullable(),
    attachments: objectList.optional().nullable(),
    deliveryMode: z.string().optional().nullable(),
    replyToId: z.string().optional().nullable(),
    locale: z.string().optional().nullable(),
    timestamp: z.string().optional().nullable(),
    localTimestamp: z.string().optional().nullable(),
    suggestedActions: z.object({}).passthrough().optional().nullable(),
    channelData: z.unknown(),
    value: z.unknown(),
  })
  .passthrough();

export function checkActivity(body: unknown): Activity | undefined {
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) return undefined;
  const activity = parsed.data as unknown as Activity & Record<string, unknown>;
  // What botbuilder's own parser does: timestamps arrive as strings.
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value) as never;
    }
  }
  return activity;
}
