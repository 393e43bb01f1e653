import type { Activity, Storage } from 'botbuilder';

/** How a transcript is bounded: the last activities, within a size; older ones go first. */
export const TRANSCRIPT_LIMITS = { activities: 60, bytes: 48 * 1024 };

/** The Bot Framework transcript attachment a live-agent hub reads with the hand-off. */
export const TRANSCRIPT_CONTENT_TYPE = 'application/vnd.microsoft.activity.transcript';

/** An activity as JSON (timestamps as strings). */
export type Entry = Record<string, unknown>;

/**
 * The conversation so far, for the person who takes over: kept beside the state (not in it,
 * which stays under 2 KB), under its own key, bounded, and only where a hand-off can go out.
 * Written after the state, last writer wins: the turns of a conversation run one at a time.
 */
export class Transcripts {
  constructor(private readonly storage: Storage) {}

  async load(key: string): Promise<Entry[]> {
    const items = await this.storage.read([transcriptKey(key)]);
    const item = items[transcriptKey(key)] as { activities?: unknown } | undefined;
    return Array.isArray(item?.activities) ? (item.activities as Entry[]) : [];
  }

  async save(key: string, activities: Entry[]): Promise<void> {
    await this.storage.write({ [transcriptKey(key)]: { activities: bounded(activities) } });
  }
}

function transcriptKey(key: string): string {
  return `${key}/transcript`;
}

function bounded(activities: Entry[]): Entry[] {
  let kept = activities.slice(-TRANSCRIPT_LIMITS.activities);
  let bytes = kept.reduce((n, a) => n + JSON.stringify(a).length, 0);
  while (kept.length > 1 && bytes > TRANSCRIPT_LIMITS.bytes) {
    bytes -= JSON.stringify(kept[0]).length;
    kept = kept.slice(1);
  }
  return kept;
}

/** What the transcript keeps of an activity: who, when, what was said and shown; no connector details. */
export function forTranscript(a: Partial<Activity>, role: 'user' | 'bot', who: { id: string; name?: string } | undefined, at: string): Entry {
  const timestamp = a.timestamp ? new Date(a.timestamp as unknown as string).toISOString() : at;
  const entry: Entry = { type: a.type, timestamp, from: { id: who?.id ?? role, name: who?.name ?? '', role } };
  if (a.id) entry.id = a.id;
  if (a.text) entry.text = a.text;
  if (a.attachments?.length) entry.attachments = a.attachments;
  if (a.suggestedActions) entry.suggestedActions = a.suggestedActions;
  if (a.value !== undefined && a.type === 'message') entry.value = a.value;
  if (a.locale) entry.locale = a.locale;
  return entry;
}
