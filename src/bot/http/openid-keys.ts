import { createPublicKey } from 'crypto';
import type { Logger } from '../logger';

/** The whole refresh (metadata, then keys) gives up after this: a turn still answers 503 within 5 s. */
const REFRESH_DEADLINE_MS = 4_000;
/** botbuilder's own interval. Keys rotate rarely and are announced well ahead. */
const REFRESH_EVERY_MS = 24 * 3600_000;
/** After a failed refresh, the next try waits this long (cached keys are used meanwhile). */
const RETRY_AFTER_MS = 60_000;
/** A token signed by a key we don't have: look again at most this often. */
const UNKNOWN_KEY_RETRY_MS = 5 * 60_000;

interface Jwk {
  kid?: string;
  kty?: string;
  n?: string;
  e?: string;
  endorsements?: string[];
}

/** What botbuilder's JwtTokenExtractor asks of its OpenIdMetadata. */
export interface SigningKey {
  key: string;
  endorsements?: string[];
}

/** No signing keys could be had (nothing cached, or the token's key unknown and the service not answering). */
export class KeyServiceUnavailableError extends Error {
  readonly statusCode = 503;
  constructor(reason: string) {
    super(`OpenID signing keys unavailable: ${reason}`);
    this.name = 'KeyServiceUnavailableError';
  }
}

/**
 * The Bot Framework's signing keys for one OpenID metadata URL, in place of botbuilder's
 * OpenIdMetadata, whose fetches have no deadline: with the key service hanging, a request
 * waited over 130 s. Here a refresh gives up after 4 s; keys are cached, and refreshed in the
 * background when due, so a hung key service doesn't stop turns the cached keys can verify.
 * Only with no cached keys, or a token signed by an unknown key, does a turn wait for the
 * service (at most REFRESH_DEADLINE_MS), and get 503 when it doesn't answer.
 */
export class OpenIdKeys {
  private keys = new Map<string, SigningKey>();
  private loaded = false;
  private loadedAt = 0;
  private failedAt = 0;
  private lastLookForUnknown = 0;
  private refreshing?: Promise<void>;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async getKey(keyId: string): Promise<SigningKey | null> {
    if (!this.loaded) await this.refresh();
    else if (this.now() - this.loadedAt > REFRESH_EVERY_MS && this.now() - this.failedAt > RETRY_AFTER_MS) {
      void this.refresh().catch(() => undefined); // in the background; logged in refresh()
    }
    const key = this.keys.get(keyId);
    if (key) return key;
    if (this.now() - this.lastLookForUnknown < UNKNOWN_KEY_RETRY_MS) return null;
    this.lastLookForUnknown = this.now();
    await this.refresh();
    return this.keys.get(keyId) ?? null;
  }

  /** One refresh at a time; callers during one share it. */
  private refresh(): Promise<void> {
    this.refreshing ??= this.load().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async load(): Promise<void> {
    const signal = AbortSignal.timeout(REFRESH_DEADLINE_MS);
    try {
      const metadata = (await fetchJson(this.url, signal)) as { jwks_uri?: unknown };
      if (typeof metadata?.jwks_uri !== 'string') throw new Error('no jwks_uri in the metadata');
      const jwks = (await fetchJson(metadata.jwks_uri, signal)) as { keys?: unknown };
      if (!Array.isArray(jwks?.keys)) throw new Error('no keys in the key set');
      this.keys = toSigningKeys(jwks.keys as Jwk[]);
      this.loaded = true;
      this.loadedAt = this.now();
    } catch (error) {
      this.failedAt = this.now();
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${REFRESH_DEADLINE_MS} ms` : (error as Error).message.slice(0, 120);
      this.logger.warn({ metadataUrl: this.url, reason, cachedKeys: this.keys.size }, 'OpenID key refresh failed');
      throw new KeyServiceUnavailableError(reason);
    }
  }
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal, redirect: 'error', headers: { accept: 'application/json' } });
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new Error(`${new URL(url).host} answered ${res.status}`);
  }
  return res.json();
}

/** RSA keys as PEM, converted once (botbuilder converts on every request). */
function toSigningKeys(jwks: Jwk[]): Map<string, SigningKey> {
  const keys = new Map<string, SigningKey>();
  for (const jwk of jwks) {
    if (typeof jwk?.kid !== 'string' || typeof jwk.n !== 'string' || typeof jwk.e !== 'string') continue;
    try {
      const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
      keys.set(jwk.kid, { key, endorsements: Array.isArray(jwk.endorsements) ? jwk.endorsements : undefined });
    } catch {
      // not a usable RSA key: skipped, as botbuilder does
    }
  }
  return keys;
}

/**
 * Makes botbuilder's token validation use OpenIdKeys: its JwtTokenExtractor takes one
 * metadata object per URL from a static factory, which is replaced here (the class is not in
 * botframework-connector's index; this is the module botbuilder itself loads).
 */
export function useOpenIdKeys(logger: Logger): void {
  const { JwtTokenExtractor } = require('botframework-connector/lib/auth/jwtTokenExtractor') as {
    JwtTokenExtractor: { getOrAddOpenIdMetadata: (url: string) => OpenIdKeys };
  };
  const byUrl = new Map<string, OpenIdKeys>();
  JwtTokenExtractor.getOrAddOpenIdMetadata = (url: string) => {
    let keys = byUrl.get(url);
    if (!keys) byUrl.set(url, (keys = new OpenIdKeys(url, logger)));
    return keys;
  };
}
