/**
 * STORAGE=cosmos with botbuilder-azure's CosmosDbPartitionedStorage, against
 * @vercel/cosmosdb-server: database and container created with the idle expiry,
 * conditional writes, a conversation that survives a killed bot, and two processes.
 */
import { CosmosClient } from '@azure/cosmos';
import { isConflict } from '../../src/bot/state/conditional-storage';
import { CosmosStateStorage } from '../../src/bot/state/cosmos-state-storage';
import { startBot, startBots, type BotProcess } from '../support/bot-process';
import { COSMOS_TEST_KEY, startCosmosServer, type CosmosServer } from '../support/cosmos-server';
import { conversation } from '../support/direct-client';
import { messages } from '../support/interview-script';
import { scaleOutSuite } from '../support/scale-out-suite';

let server: CosmosServer;
const bots: BotProcess[] = [];
const cosmosEnv = () => ({ STORAGE: 'cosmos', COSMOS_ENDPOINT: server.endpoint, COSMOS_KEY: COSMOS_TEST_KEY, COSMOS_DATABASE: 'bot-db' });

beforeAll(async () => {
  server = await startCosmosServer();
});
afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop('SIGKILL')));
  await server?.stop();
});

describe('CosmosStateStorage', () => {
  const storage = () =>
    new CosmosStateStorage({ endpoint: server.endpoint, key: COSMOS_TEST_KEY, databaseId: 'unit-db', containerId: 'state', ttlSeconds: 7200 });

  it('creates the database and container when missing, with the idle expiry as default TTL', async () => {
    await storage().prepare();
    const client = new CosmosClient({ endpoint: server.endpoint, key: COSMOS_TEST_KEY, connectionPolicy: { enableEndpointDiscovery: false } });
    const { resource } = await client.database('unit-db').container('state').read();
    expect(resource?.defaultTtl).toBe(7200);
    expect(resource?.partitionKey?.paths).toEqual(['/id']);

    await new CosmosStateStorage({ endpoint: server.endpoint, key: COSMOS_TEST_KEY, databaseId: 'unit-db', containerId: 'state', ttlSeconds: 3600 }).prepare();
    expect((await client.database('unit-db').container('state').read()).resource?.defaultTtl).toBe(3600);
  });

  it('creates a record once, and refuses a write with a stale eTag', async () => {
    const s = storage();
    await s.prepare();
    const key = 'webchat/conversations/a:1 with/odd?chars';
    await s.create(key, { n: 1 });
    expect(isConflict(await s.create(key, { n: 2 }).catch((e) => e))).toBe(true);
    const read = await s.read([key]);
    expect(read[key].n).toBe(1);
    await s.write({ [key]: { n: 3, eTag: read[key].eTag } });
    const stale = await s.write({ [key]: { n: 4, eTag: read[key].eTag } }).catch((e) => e);
    expect(isConflict(stale)).toBe(true);
    expect((await s.read([key]))[key].n).toBe(3);
  });
});

it('a conversation goes on where it was after the bot process is killed (STORAGE=cosmos)', async () => {
  const first = await startBot(cosmosEnv());
  bots.push(first);
  const id = `cosmos-restart-${Date.now()}`;
  const c1 = conversation(first.url, 'webchat', { id, userId: 'u-cosmos' });
  await c1.join();
  await c1.say('Yes, before then');
  expect(messages(await c1.say('On several computers, phones or tablets'))).toMatch(/Does your email program work with IMAP\?/);

  await first.stop('SIGKILL');
  const second = await startBot(cosmosEnv());
  bots.push(second);
  const c2 = conversation(second.url, 'webchat', { id, userId: 'u-cosmos' });
  const summary = messages(await c2.say('what did I say'));
  expect(summary).toMatch(/Where you read email: On several computers, phones or tablets/);
  expect(messages(await c2.say("No, it doesn't"))).toMatch(/I recommend POP/);
});

scaleOutSuite('Cosmos (cosmosdb-server)', {
  async start() {
    const [a, b] = await startBots(2, cosmosEnv(), (bot) => bots.push(bot));
    return [a, b];
  },
  async stop() {
    // the file's afterAll stops them
  },
});
