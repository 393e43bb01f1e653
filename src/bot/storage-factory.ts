import type { Storage } from 'botbuilder';
import type { AppConfig } from './config';
import { ExpiringMemoryStorage } from './state/expiring-memory-storage';

export interface StateStorage {
  storage: Storage;
  /** A cheap round trip, for start-up and /healthz. */
  ping(): Promise<boolean>;
}

const PING_KEY = 'healthz/ping';

/** The storage chosen by STORAGE; fails the start when it doesn't answer. */
export async function createStorage(config: AppConfig): Promise<StateStorage> {
  const ttlMs = config.STATE_TTL_HOURS * 3600_000;
  switch (config.STORAGE) {
    case 'memory': {
      const storage = new ExpiringMemoryStorage(ttlMs);
      return { storage, ping: async () => true };
    }
    default:
      throw new Error(`STORAGE=${config.STORAGE} is not available in this build`);
  }
}

export async function pingStorage(storage: Storage): Promise<boolean> {
  await storage.read([PING_KEY]);
  return true;
}
