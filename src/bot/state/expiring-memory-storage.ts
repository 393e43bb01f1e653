import type { StoreItem, StoreItems } from 'botbuilder';
import type { Logger } from '../logger';
import { ETagConflictError, type ConditionalStorage } from './conditional-storage';
import { RecordSlabs } from './record-slabs';

export interface MemoryLimits {
  /** At most this many records; writing a new one past it drops the least recently written. */
  maxConversations?: number;
  /** Told when eviction starts (again after an hour without any). */
  logger?: Logger;
}

/** An eviction after this long without any is logged as a new start. */
const QUIET_MS = 3600_000;

/**
 * In-process storage with the same optimistic concurrency as Blob and Cosmos (a write
 * with a stale eTag fails, "*" or none always wins, create() fails when the record
 * exists), an idle expiry, so finished and abandoned conversations don't pile up in
 * memory, and a bound on how many it keeps, so a flood of new conversations can't either.
 * The records themselves are kept outside the V8 heap (RecordSlabs); the Map holds where.
 */
export class ExpiringMemoryStorage implements ConditionalStorage {
  /** Key -> position in `slabs`; Map order is least recently written first. */
  private readonly items = new Map<string, number>();
  private readonly slabs = new RecordSlabs();
  private counter = 0;
  private lastSweep = 0;
  private lastEviction = -Infinity;
  private evicted = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly limits: MemoryLimits = {},
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const key of keys) {
      const at = this.live(key);
      if (at === undefined) continue;
      // The parsed record is the caller's (a fresh object each read); the stored eTag replaces any it was written with.
      const item = JSON.parse(this.slabs.json(at)) as StoreItem;
      item.eTag = String(this.slabs.eTag(at));
      out[key] = item;
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const wanted = item?.eTag as string | undefined;
      const at = this.live(key);
      if (wanted && wanted !== '*' && (at === undefined || String(this.slabs.eTag(at)) !== wanted)) throw new ETagConflictError(key);
      this.put(key, item);
    }
    this.sweep(this.now());
  }

  async create(key: string, item: StoreItem): Promise<void> {
    if (this.live(key) !== undefined) throw new ETagConflictError(key);
    this.put(key, item);
    this.sweep(this.now());
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.drop(key);
  }

  get size(): number {
    return this.items.size;
  }

  /** Records dropped to stay within maxConversations, since start. */
  get evictions(): number {
    return this.evicted;
  }

  /** Where the record is, unless it has expired (then it is dropped). */
  private live(key: string): number | undefined {
    const at = this.items.get(key);
    if (at !== undefined && this.slabs.expires(at) <= this.now()) {
      this.drop(key);
      return undefined;
    }
    return at;
  }

  private put(key: string, item: StoreItem | undefined): void {
    // Written as given: an eTag in it is replaced by the stored one on every read.
    const json = JSON.stringify(item ?? {});
    const old = this.items.get(key);
    if (old === undefined) this.makeRoom();
    else this.drop(key); // re-inserted below, so Map order stays oldest-first for the sweep
    this.items.set(key, this.slabs.put(json, ++this.counter, this.now() + this.ttlMs));
  }

  private drop(key: string): void {
    const at = this.items.get(key);
    if (at === undefined) return;
    this.items.delete(key);
    this.slabs.release(at);
  }

  /** Past maxConversations, the least recently written go first (the front of the Map). */
  private makeRoom(): void {
    const max = this.limits.maxConversations ?? Infinity;
    if (this.items.size < max) return;
    this.sweep(this.now(), true);
    while (this.items.size >= max) {
      this.drop(this.items.keys().next().value as string);
      this.evicted++;
      if (this.now() - this.lastEviction > QUIET_MS) {
        this.limits.logger?.warn({ maxConversations: max }, 'memory storage full: the least recently used conversations are being forgotten (MEMORY_MAX_CONVERSATIONS)');
      }
      this.lastEviction = this.now();
    }
  }

  /** Oldest-first order means the sweep stops at the first entry still alive. */
  private sweep(t: number, now = false): void {
    if (!now && t - this.lastSweep < 1000) return;
    this.lastSweep = t;
    for (const [key, at] of this.items) {
      if (this.slabs.expires(at) > t) break;
      this.drop(key);
    }
  }
}
