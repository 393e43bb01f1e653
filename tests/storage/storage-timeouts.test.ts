/**
 * A storage endpoint that accepts connections and never answers (a hung service, a
 * black-holed network): each storage call must give up quickly enough that the turn still
 * answers (with the apology) well within the 15 s channels allow.
 */
import { createServer, type Server, type Socket } from 'net';
import { BlobStateStorage } from '../../src/bot/state/blob-state-storage';
import { CosmosStateStorage } from '../../src/bot/state/cosmos-state-storage';
import { AZURITE_KEY } from '../support/azurite';
import { COSMOS_TEST_KEY } from '../support/cosmos-server';

let silent: Server;
let port: number;
const sockets: Socket[] = [];
beforeAll(async () => {
  silent = createServer((s) => void sockets.push(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  port = (silent.address() as { port: number }).port;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => silent.close(r));
});

async function secondsUntilFailure(call: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await expect(call()).rejects.toBeDefined();
  return (Date.now() - started) / 1000;
}

it('Blob: a read gives up within 4 s', async () => {
  const cs = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
  const storage = new BlobStateStorage(cs, 'hung');
  expect(await secondsUntilFailure(() => storage.read(['k']))).toBeLessThan(4);
});

it('Cosmos: a read gives up within 3 s', async () => {
  const storage = new CosmosStateStorage({ endpoint: `http://127.0.0.1:${port}`, key: COSMOS_TEST_KEY, databaseId: 'd', containerId: 'c', ttlSeconds: 60 });
  expect(await secondsUntilFailure(() => storage.read(['k']))).toBeLessThan(3);
});
