/**
 * The storage's container (Cosmos: its database) deleted under a running bot, as a mistaken
 * clean-up or a lost account would. Before: every turn apologized for ever while /healthz
 * said 200 ok, and nothing created the container again. Now /healthz answers 503 while
 * turns can't be stored, the container is created again, and conversations go on (the
 * deleted state is lost: the person starts afresh).
 */
import { ContainerClient } from '@azure/storage-blob';
import { CosmosClient } from '@azure/cosmos';
import { startAzurite, type Azurite } from '../support/azurite';
import { startBot, type BotProcess } from '../support/bot-process';
import { COSMOS_TEST_KEY, startCosmosServer, type CosmosServer } from '../support/cosmos-server';
import { conversation } from '../support/direct-client';
import { logLines, messages } from '../support/interview-script';

const PAST_HEALTH_CACHE_MS = 2_100;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const health = async (bot: BotProcess) => (await fetch(`${bot.url}/healthz`)).status;

async function until(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await pause(100);
  }
  throw new Error(`not within ${ms} ms`);
}

/** The same story for both storages: `remove` deletes what holds the state. */
async function goneAndBack(bot: BotProcess, remove: () => Promise<void>, exists: () => Promise<boolean>): Promise<void> {
  const since = bot.output().length;
  const c = conversation(bot.url, 'webchat');
  await c.join();
  expect(messages(await c.say('Yes, before then'))).toMatch(/Where do you read your email\?/);
  expect(await health(bot)).toBe(200);

  await remove();
  await pause(PAST_HEALTH_CACHE_MS);
  expect(await health(bot)).toBe(503); // honest: turns can't be stored right now
  await until(async () => (await health(bot)) === 200, 10_000); // created again meanwhile
  expect(await exists()).toBe(true);

  // The conversation goes on; what the deleted container held is gone, so it starts afresh.
  const reply = messages(await c.say('On several computers, phones or tablets'));
  expect(reply).not.toMatch(/Sorry, I couldn't save that/);
  expect(reply).toMatch(/help you choose between POP and IMAP/);
  await pause(300);
  const logs = logLines(bot.output().slice(since));
  expect(logs.filter((l) => l.msg === 'turn' && Number(l.status) >= 500)).toEqual([]);
  expect(logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['storage container is gone: creating it again', 'storage container created again (what it held is lost)']));
}

describe('Blob (Azurite): the container deleted', () => {
  let azurite: Azurite;
  let bot: BotProcess;
  beforeAll(async () => {
    azurite = await startAzurite();
    bot = await startBot({ STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'gone-test' });
  });
  afterAll(async () => {
    await bot?.stop();
    await azurite?.dispose();
  });

  it('answers 503 on /healthz, creates the container again, and takes turns again', async () => {
    const container = new ContainerClient(azurite.connectionString, 'gone-test');
    await goneAndBack(bot, async () => void (await container.delete()), () => container.exists());
  });

  it('a turn meanwhile gets the apology (HTTP 200) and starts the container coming back', async () => {
    const container = new ContainerClient(azurite.connectionString, 'gone-test');
    const c = conversation(bot.url, 'webchat');
    await c.join();
    await container.delete();
    expect(messages(await c.say('Yes, before then'))).toMatch(/Sorry, I couldn't save that just now/);
    await until(() => container.exists(), 5_000);
    expect(messages(await c.say('hi'))).toMatch(/help you choose between POP and IMAP/);
  });
});

describe('Cosmos DB (cosmosdb-server): the database deleted', () => {
  let server: CosmosServer;
  let bot: BotProcess;
  beforeAll(async () => {
    server = await startCosmosServer();
    bot = await startBot({ STORAGE: 'cosmos', COSMOS_ENDPOINT: server.endpoint, COSMOS_KEY: COSMOS_TEST_KEY, COSMOS_DATABASE: 'gone-db' });
  });
  afterAll(async () => {
    await bot?.stop();
    await server?.stop();
  });

  it('answers 503 on /healthz, creates database and container again, and takes turns again', async () => {
    const client = new CosmosClient({ endpoint: server.endpoint, key: COSMOS_TEST_KEY, connectionPolicy: { enableEndpointDiscovery: false } });
    const exists = async () => (await client.database('gone-db').container('conversation-state').read().catch(() => undefined))?.resource !== undefined;
    await goneAndBack(bot, async () => void (await client.database('gone-db').delete()), exists);
  });
});
