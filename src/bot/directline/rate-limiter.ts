/**
 * At most `limit` requests per key in a window that starts with the key's first request.
 * Memory is bounded: past `maxKeys`, finished windows are dropped first, then the oldest.
 * Dropping an old window can only make the limiter more lenient, never lock anyone out.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; when refused, says how many seconds until the window ends. */
  take(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.delete(key);
      this.makeRoom(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w); // insertion order = window start order
    }
    if (w.count >= this.limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)) };
    }
    w.count++;
    return { allowed: true };
  }

  get size(): number {
    return this.windows.size;
  }

  private makeRoom(now: number): void {
    if (this.windows.size < this.maxKeys) return;
    for (const [key, w] of this.windows) {
      if (now - w.start < this.windowMs) break; // the rest started later
      this.windows.delete(key);
    }
    while (this.windows.size >= this.maxKeys) {
      const oldest = this.windows.keys().next().value as string;
      this.windows.delete(oldest);
    }
  }
}
