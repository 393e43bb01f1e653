import type { StoreItem, StoreItems } from 'botbuilder';
import { ETagConflictError, type ConditionalStorage } from './conditional-storage';

interface Entry {
  json: string;
  eTag: string;
  expires: number;
}

/**
 * In-process storage with the same optimistic concurrency as Blob and Cosmos (a write
 * with a stale eTag fails, "*" or none always wins, create() fails when the record
 * exists) and an idle expiry, so finished and abandoned conversations don't pile up in
 * memory.
 */
export class ExpiringMemoryStorage implements ConditionalStorage {
  private readonly items = new Map<string, Entry>();
  private counter = 0;
  private lastSweep = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
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
    this.items.delete(key); // re-insert so Map order stays oldest-first for the sweep
    this.items.set(key, { json: JSON.stringify(rest), eTag: String(++this.counter), expires: this.now() + this.ttlMs });
  }

  /** Oldest-first order means the sweep stops at the first entry still alive. */
  private sweep(t: number): void {
    if (t - this.lastSweep < 1000) return;
    this.lastSweep = t;
    for (const [key, e] of this.items) {
      if (e.expires > t) break;
      this.items.delete(key);
    }
  }
}
