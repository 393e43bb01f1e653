import { z } from 'zod';
import type { Activity } from 'botbuilder';

/**
 * The least an activity needs before any bot code sees it. Stock CloudAdapter answers
 * 500 (with its internal message) for these; we answer 400 and say nothing internal.
 */
const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
    serviceUrl: z.string().max(2048).optional(),
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
