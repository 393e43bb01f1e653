/**
 * Wraps a health check so that frequent callers (load balancer probes, several per second)
 * share one answer for `ttlMs` after it settles, and callers during a check share it too:
 * health checks must not hammer the storage they report on. A check that throws is false.
 */
export function cachedCheck(check: () => Promise<boolean>, ttlMs = 2_000, now: () => number = Date.now): () => Promise<boolean> {
  let pending: Promise<boolean> | undefined;
  let settled: { at: number; ok: boolean } | undefined;
  return () => {
    if (pending) return pending;
    if (settled && now() - settled.at < ttlMs) return Promise.resolve(settled.ok);
    pending = check()
      .catch(() => false)
      .then((ok) => {
        settled = { at: now(), ok };
        pending = undefined;
        return ok;
      });
    return pending;
  };
}
