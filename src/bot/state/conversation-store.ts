import type { Storage } from 'botbuilder';
import type { ConversationRecord } from './conversation-record';

export interface Loaded {
  record: ConversationRecord;
  /** The version read; undefined for a conversation not stored yet. */
  eTag?: string;
}

/**
 * Reads and writes one record per conversation with optimistic concurrency: a write
 * carries the eTag that was read, so a turn that raced another fails instead of silently
 * overwriting it (botbuilder's BotState always writes with "*").
 */
export class ConversationStore {
  constructor(
    readonly storage: Storage,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async load(key: string): Promise<Loaded> {
    const items = await this.storage.read([key]);
    const item = items[key] as (ConversationRecord & { eTag?: string }) | undefined;
    if (!item) return { record: {} };
    const { eTag, ...record } = item;
    // Idle too long: start afresh, but keep the eTag so the next write still detects races.
    if (record.at !== undefined && this.now() - record.at > this.ttlMs) return { record: {}, eTag };
    return { record, eTag };
  }

  async save(key: string, loaded: Loaded): Promise<void> {
    const record: ConversationRecord = { ...loaded.record, at: this.now() };
    await this.storage.write({ [key]: { ...record, eTag: loaded.eTag } });
  }
}

/** A write lost a race (HTTP 412 from Blob or Cosmos, or our memory storage). */
export function isConflict(error: unknown): boolean {
  const e = error as { statusCode?: number; code?: number | string; message?: string } | undefined;
  if (!e) return false;
  if (e.statusCode === 412 || e.code === 412 || e.code === 'ConditionNotMet') return true;
  return /etag conflict|precondition/i.test(String(e.message ?? ''));
}

export function conversationKey(channelId: string, conversationId: string): string {
  return `${channelId}/conversations/${conversationId}`;
}
