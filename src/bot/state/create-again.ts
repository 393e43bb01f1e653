import type { Logger } from '../logger';

/** Don't ask the storage to create its container more often than this. */
const MIN_GAP_MS = 2_000;

/**
 * Creates a storage's container (and database) again when it has gone (deleted, or lost by
 * the storage), one attempt at a time and at most every 2 s, however many turns and health
 * checks notice. Meanwhile turns fail with the apology and /healthz answers 503.
 */
export class CreateAgain {
  private running?: Promise<void>;
  private lastTry = 0;

  constructor(
    private readonly what: string,
    private readonly create: () => Promise<void>,
    private readonly logger?: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts an attempt unless one is running or one started under MIN_GAP_MS ago. */
  soon(): void {
    if (this.running || this.now() - this.lastTry < MIN_GAP_MS) return;
    this.lastTry = this.now();
    this.logger?.warn({ storage: this.what }, 'storage container is gone: creating it again');
    this.running = this.create()
      .then(() => this.logger?.warn({ storage: this.what }, 'storage container created again (what it held is lost)'))
      .catch((error: { code?: unknown; statusCode?: unknown; name?: string }) =>
        this.logger?.warn({ storage: this.what, reason: String(error?.code ?? error?.statusCode ?? error?.name) }, 'storage container could not be created again'),
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}

/** The container (or database) a request needed does not exist. */
export class StorageGoneError extends Error {
  readonly statusCode = 404;
  constructor(what: string) {
    super(`${what} is gone`);
    this.name = 'StorageGoneError';
  }
}
