import type { StoreItem, StoreItems } from 'botbuilder';
import type { Logger } from '../logger';
import { ETagConflictError, type ConditionalStorage } from './conditional-storage';

interface Entry {
  json: string;
  eTag: string;
  expires: number;
}

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
 */
export class ExpiringMemoryStorage implements ConditionalStorage {
  private readonly items = new Map<string, Entry>();
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
      const e = this.live(key);
      if (e) out[key] = { ...JSON.parse(e.json), eTag: e.eTag };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const wanted = item?.eTag as string | undefined;
      if (wanted && wanted !== '*' && this.live(key)?.eTag !== wanted) throw new ETagConflictError(key);
      this.put(key, item);
    }
    this.sweep(this.now());
  }

  async create(key: string, item: StoreItem): Promise<void> {
    if (this.live(key)) throw new ETagConflictError(key);
    this.put(key, item);
    this.sweep(this.now());
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  get size(): number {
    return this.items.size;
  }

  /** Records dropped to stay within maxConversations, since start. */
  get evictions(): number {
    return this.evicted;
  }

  /** The entry, unless it has expired (then it is dropped). */
  private live(key: string): Entry | undefined {
    const e = this.items.get(key);
    if (e && e.expires <= this.now()) {
      this.items.delete(key);
      return undefined;
    }
    return e;
  }

  private put(key: string, item: StoreItem | undefined): void {
    const { eTag: _ignored, ...rest } = item ?? {};
    void _ignored;
    const isNew = !this.items.delete(key); // re-insert so Map order stays oldest-first for the sweep
    if (isNew) this.makeRoom();
    this.items.set(key, { json: JSON.stringify(rest), eTag: String(++this.counter), expires: this.now() + this.ttlMs });
  }

  /** Past maxConversations, the least recently written go first (the front of the Map). */
  private makeRoom(): void {
    const max = this.limits.maxConversations ?? Infinity;
    if (this.items.size < max) return;
    this.sweep(this.now(), true);
    while (this.items.size >= max) {
      this.items.delete(this.items.keys().next().value as string);
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
    for (const [key, e] of this.items) {
      if (e.expires > t) break;
      this.items.delete(key);
    }
  }
}
