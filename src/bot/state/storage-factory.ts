import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import type { BlobStateStorage } from './blob-state-storage';
import { cachedCheck } from './cached-check';
import type { ConditionalStorage } from './conditional-storage';
import type { CosmosStateStorage } from './cosmos-state-storage';
import { ExpiringMemoryStorage } from './expiring-memory-storage';

export interface StateStorage {
  storage: ConditionalStorage;
  /** Whether the storage takes turns (a cheap round trip, cached for 2 s), for /healthz. */
  ping(): Promise<boolean>;
}

const PING_KEY = 'healthz/ping';
const PING_CACHE_MS = 2_000;

/** Start-up failed because the storage did not answer; the message names the variables to check. */
export class StorageStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageStartError';
  }
}

/**
 * The storage chosen by STORAGE, ready to use: container (and Cosmos database) created
 * when missing, and one read done, so a storage that doesn't answer fails the start
 * instead of the first conversation. Messages never include keys or connection strings.
 */
export async function createStorage(config: AppConfig, logger?: Logger): Promise<StateStorage> {
  const ttlMs = config.STATE_TTL_HOURS * 3600_000;
  switch (config.STORAGE) {
    case 'memory': {
      const storage = new ExpiringMemoryStorage(ttlMs, Date.now, { maxConversations: config.MEMORY_MAX_CONVERSATIONS, logger });
      return { storage, ping: async () => true };
    }
    case 'blob': {
      const blob = await openBlob(config, logger);
      return ready(blob, `Azure Blob Storage at ${blob.location}`, 'BLOB_CONNECTION_STRING and BLOB_CONTAINER', config, () => blob.prepare());
    }
    case 'cosmos': {
      const cosmos = await openCosmos(config, logger);
      const what = `Cosmos DB at ${config.COSMOS_ENDPOINT} (database "${config.COSMOS_DATABASE}", container "${config.COSMOS_CONTAINER}")`;
      const variables = 'COSMOS_ENDPOINT, COSMOS_KEY, COSMOS_DATABASE and COSMOS_CONTAINER';
      return ready(cosmos, what, variables, config, () => cosmos.prepare());
    }
  }
}

/** Blob: reading a record fails when the container is gone. Cosmos: the container itself is read (healthCheck). */
export async function pingStorage(storage: ConditionalStorage): Promise<boolean> {
  if (storage.healthCheck) await storage.healthCheck();
  else await storage.read([PING_KEY]);
  return true;
}

/**
 * The Azure SDKs take a second or more to load each: only the one in use is loaded. They are
 * optional dependencies, left out by `bash scripts/start.sh` (a local run keeps state in memory).
 */
async function load<T>(storage: string, module: () => Promise<T>): Promise<T> {
  try {
    return await module();
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    throw new StorageStartError(`STORAGE=${storage}: its Azure packages are not installed (scripts/start.sh leaves them out); run npm ci`);
  }
}

async function openBlob(config: AppConfig, logger?: Logger): Promise<BlobStateStorage> {
  const { BlobStateStorage } = await load('blob', () => import('./blob-state-storage'));
  try {
    return new BlobStateStorage(config.BLOB_CONNECTION_STRING ?? '', config.BLOB_CONTAINER, logger);
  } catch {
    throw new StorageStartError('STORAGE=blob: BLOB_CONNECTION_STRING is not a valid Azure Storage connection string');
  }
}

async function openCosmos(config: AppConfig, logger?: Logger): Promise<CosmosStateStorage> {
  const { CosmosStateStorage } = await load('cosmos', () => import('./cosmos-state-storage'));
  try {
    return new CosmosStateStorage({
      endpoint: config.COSMOS_ENDPOINT ?? '',
      key: config.COSMOS_KEY ?? '',
      databaseId: config.COSMOS_DATABASE,
      containerId: config.COSMOS_CONTAINER,
      ttlSeconds: config.STATE_TTL_HOURS * 3600,
    }, logger);
  } catch {
    throw new StorageStartError('STORAGE=cosmos: COSMOS_ENDPOINT must be the account URL, such as https://<account>.documents.azure.com:443/');
  }
}

async function ready(
  storage: ConditionalStorage,
  what: string,
  variables: string,
  config: AppConfig,
  prepare: () => Promise<void> = async () => undefined,
): Promise<StateStorage> {
  try {
    await prepare();
    await pingStorage(storage);
  } catch (error) {
    const message = `STORAGE=${config.STORAGE}: ${what} ${failureOf(error)}. Check ${variables}.`;
    throw new StorageStartError(redact(message, config));
  }
  return { storage, ping: cachedCheck(() => pingStorage(storage), PING_CACHE_MS) };
}

/** What went wrong, short and secret-free: the status and error code, never the SDK's full text. */
function failureOf(error: unknown): string {
  const e = error as { code?: string | number; statusCode?: number; name?: string } | undefined;
  const status = e?.statusCode ?? (typeof e?.code === 'number' ? e.code : undefined);
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (status) return `refused the request (${[status, code].filter(Boolean).join(' ')})`;
  return `did not answer (${code ?? e?.name ?? 'unknown error'})`;
}

function redact(message: string, config: AppConfig): string {
  const secrets = [config.BLOB_CONNECTION_STRING, config.COSMOS_KEY];
  const accountKey = /AccountKey=([^;]+)/i.exec(config.BLOB_CONNECTION_STRING ?? '')?.[1];
  const sas = /SharedAccessSignature=([^;]+)/i.exec(config.BLOB_CONNECTION_STRING ?? '')?.[1];
  let out = message;
  for (const s of [...secrets, accountKey, sas]) if (s && s.length >= 8) out = out.split(s).join('***');
  return out;
}
