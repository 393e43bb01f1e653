/**
 * A storage that doesn't answer, or refuses, stops the start with a message that names
 * the storage and the variables to check, and never shows a key or connection string.
 */
import { ContainerClient } from '@azure/storage-blob';
import { loadConfig } from '../../src/bot/config';
import { createStorage } from '../../src/bot/state/storage-factory';
import { AZURITE_KEY, startAzurite, type Azurite } from '../support/azurite';
import { startBot, type BotProcess } from '../support/bot-process';

let azurite: Azurite;
let bot: BotProcess | undefined;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await bot?.stop('SIGKILL');
  await azurite?.dispose();
});

const WRONG_KEY = Buffer.from('not-the-account-key-at-all').toString('base64');
const start = (env: Record<string, string>) => createStorage(loadConfig(env));

it('creates the Blob container when it is missing', async () => {
  const state = await start({ STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'made-at-start' });
  expect(await state.ping()).toBe(true);
  expect(await new ContainerClient(azurite.connectionString, 'made-at-start').exists()).toBe(true);
});

it('Blob with a wrong account key: refused, and the key is not shown', async () => {
  const cs = azurite.connectionString.replace(AZURITE_KEY, WRONG_KEY);
  const error = await start({ STORAGE: 'blob', BLOB_CONNECTION_STRING: cs, BLOB_CONTAINER: 'any-container' }).catch((e: Error) => e);
  expect(String(error)).toMatch(
    new RegExp(`STORAGE=blob: Azure Blob Storage at http://127\\.0\\.0\\.1:${azurite.port}/devstoreaccount1/any-container refused the request \\(403 \\w+\\)\\. Check BLOB_CONNECTION_STRING and BLOB_CONTAINER\\.`),
  );
  expect(String(error)).not.toContain(WRONG_KEY);
});

it('Blob with a connection string that is not one', async () => {
  const error = await start({ STORAGE: 'blob', BLOB_CONNECTION_STRING: `nonsense;AccountKey=${WRONG_KEY}` }).catch((e: Error) => e);
  expect(String(error)).toMatch(/STORAGE=blob: BLOB_CONNECTION_STRING is not a valid Azure Storage connection string/);
  expect(String(error)).not.toContain(WRONG_KEY);
});

it('Cosmos that does not answer, or an endpoint that is not a URL', async () => {
  const down = await start({ STORAGE: 'cosmos', COSMOS_ENDPOINT: 'http://127.0.0.1:9', COSMOS_KEY: WRONG_KEY }).catch((e: Error) => e);
  expect(String(down)).toMatch(
    /STORAGE=cosmos: Cosmos DB at http:\/\/127\.0\.0\.1:9 \(database "support-bot", container "conversation-state"\) did not answer \(ECONNREFUSED\)\. Check COSMOS_ENDPOINT, COSMOS_KEY/,
  );
  expect(String(down)).not.toContain(WRONG_KEY);
  const bad = await start({ STORAGE: 'cosmos', COSMOS_ENDPOINT: 'my-account', COSMOS_KEY: WRONG_KEY }).catch((e: Error) => e);
  expect(String(bad)).toMatch(/STORAGE=cosmos: COSMOS_ENDPOINT must be the account URL/);
});

it('the bot process exits 1 with that message when storage does not answer', async () => {
  bot = await startBot(
    { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString.replace(`:${azurite.port}/`, ':9/'), BLOB_CONTAINER: 'restart-test' },
    { waitHealthy: false },
  );
  const child = bot.child;
  const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
  expect(code).toBe(1);
  const out = bot.output();
  expect(out).toMatch(/STORAGE=blob: Azure Blob Storage at http:\/\/127\.0\.0\.1:9\/devstoreaccount1\/restart-test did not answer \(ECONNREFUSED\)/);
  expect(out).toMatch(/Check BLOB_CONNECTION_STRING and BLOB_CONTAINER/);
  expect(out).not.toContain(AZURITE_KEY);
});
