/**
 * Storage decorators for unit tests: real latency, so concurrent turns interleave the way
 * they do against Blob or Cosmos; and botbuilder's stock behaviour (every write "*"), to
 * show what it loses.
 */
import type { StoreItem, StoreItems } from 'botbuilder';
import type { ConditionalStorage } from '../../src/bot/state/conditional-storage';

/** Every call waits 1-4 ms, like a round trip to a storage service. */
export function withLatency(inner: ConditionalStorage, random: () => number): ConditionalStorage {
  const pause = () => new Promise((r) => setTimeout(r, 1 + Math.floor(random() * 4)));
  return {
    read: async (keys: string[]) => (await pause(), inner.read(keys)),
    write: async (changes: StoreItems) => (await pause(), inner.write(changes)),
    delete: async (keys: string[]) => (await pause(), inner.delete(keys)),
    create: async (key: string, item: StoreItem) => (await pause(), inner.create(key, item)),
  };
}

/** botbuilder's BotState.saveChanges(): every write with eTag "*", the last writer wins. */
export function lastWriterWins(inner: ConditionalStorage): ConditionalStorage {
  const star = (item: StoreItem): StoreItem => ({ ...item, eTag: '*' });
  return {
    read: (keys) => inner.read(keys),
    write: (changes) => inner.write(Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, star(v)]))),
    delete: (keys) => inner.delete(keys),
    create: (key, item) => inner.write({ [key]: star(item) }),
  };
}
