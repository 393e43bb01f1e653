import type { Storage, StoreItems } from 'botbuilder';

interface Entry {
  json: string;
  eTag: string;
  expires: number;
}

export class ETagConflictError extends Error {
  readonly statusCode = 412;
  constructor(key: string) {
    super(`eTag conflict writing "${key}"`);
  }
}

/**
 * In-process storage with the same optimistic concurrency as Blob and Cosmos (a write
 * with a stale eTag fails, "*" or none always wins) and an idle expiry, so finished and
 * abandoned conversations don't pile up in memory.
 */
export class ExpiringMemoryStorage implements Storage {
  private readonly items = new Map<string, Entry>();
  private counter = 0;
  private lastSweep = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    const t = this.now();
    for (const key of keys) {
      const e = this.items.get(key);
      if (!e) continue;
      if (e.expires <= t) {
        this.items.delete(key);
        continue;
      }
      out[key] = { ...JSON.parse(e.json), eTag: e.eTag };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const t = this.now();
    for (const [key, item] of Object.entries(changes)) {
      const old = this.items.get(key);
      const wanted = item?.eTag as string | undefined;
      if (wanted && wanted !== '*' && (!old || old.eTag !== wanted)) throw new ETagConflictError(key);
      const { eTag: _ignored, ...rest } = item ?? {};
      void _ignored;
      this.items.delete(key); // re-insert so Map order stays oldest-first for the sweep
      this.items.set(key, { json: JSON.stringify(rest), eTag: String(++this.counter), expires: t + this.ttlMs });
    }
    this.sweep(t);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  get size(): number {
    return this.items.size;
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
