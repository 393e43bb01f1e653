import type { Storage, StoreItem } from 'botbuilder';

/**
 * A botbuilder Storage that can also create a record only if none exists yet. botbuilder's
 * Storage writes unconditionally when an item has no eTag, so the first write of a new
 * conversation would be last-writer-wins: two processes starting the same conversation
 * at once would both "succeed" and one person's first answer would vanish.
 */
export interface ConditionalStorage extends Storage {
  /** Writes `item` under `key` only if no record exists; a conflict error otherwise. */
  create(key: string, item: StoreItem): Promise<void>;
  /** For /healthz, when reading a record can't tell whether the storage takes turns. */
  healthCheck?(): Promise<void>;
}

/** A write lost a race: the record changed (or appeared) since it was read. */
export class ETagConflictError extends Error {
  readonly statusCode = 412;
  constructor(key: string) {
    super(`eTag conflict writing "${key}"`);
    this.name = 'ETagConflictError';
  }
}

/**
 * A write lost a race. Recognises ours, Blob Storage's (412 ConditionNotMet; BlobsStorage
 * rethrows it as a plain Error "... due to eTag conflict.") and Cosmos DB's (code 412,
 * PreconditionFailed). Not every 409: only a create that found the record.
 */
export function isConflict(error: unknown): boolean {
  const e = error as { statusCode?: number; code?: number | string; message?: string } | undefined;
  if (!e || typeof e !== 'object') return false;
  if (e instanceof ETagConflictError || e.statusCode === 412 || e.code === 412) return true;
  if (e.code === 'ConditionNotMet' || e.code === 'BlobAlreadyExists' || e.code === 'PreconditionFailed') return true;
  return /etag conflict|precondition/i.test(String(e.message ?? ''));
}
