import type { ConditionalStorage } from './conditional-storage';
import type { ConversationRecord } from './conversation-record';

export { isConflict } from './conditional-storage';

export interface Loaded {
  record: ConversationRecord;
  /** The version read; undefined for a conversation not stored yet. */
  eTag?: string;
}

/**
 * Reads and writes one record per conversation with optimistic concurrency: a write
 * carries the eTag that was read, so a turn that raced another fails instead of silently
 * overwriting it (botbuilder's BotState always writes with "*"); a conversation read as
 * absent is created only if it is still absent, so two first turns can't both win.
 */
export class ConversationStore {
  constructor(
    readonly storage: ConditionalStorage,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async load(key: string): Promise<Loaded> {
    const items = await this.storage.read([key]);
    const item = items[key] as (ConversationRecord & { eTag?: string }) | undefined;
    if (!item) return { record: {} };
    const { eTag, ...record } = item;
    // Idle too long: start afresh, but keep the eTag so the next write still detects races.
    // Not deleted here: this turn's save replaces it anyway. Records never read again are
    // what could pile up; the storage's own expiry removes those (memory sweep, Cosmos TTL,
    // a Blob lifecycle rule).
    if (record.at !== undefined && this.now() - record.at > this.ttlMs) return { record: {}, eTag };
    return { record, eTag };
  }

  /** Writes the record, stamped with the time (`record.at` is set on the caller's record too). */
  async save(key: string, loaded: Loaded): Promise<void> {
    const record = loaded.record;
    record.at = this.now();
    if (loaded.eTag === undefined) await this.storage.create(key, record);
    else await this.storage.write({ [key]: { ...record, eTag: loaded.eTag } });
  }
}

export function conversationKey(channelId: string, conversationId: string): string {
  return `${channelId}/conversations/${conversationId}`;
}
