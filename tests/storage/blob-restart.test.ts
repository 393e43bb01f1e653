/**
 * STORAGE=blob against a real Azurite: a conversation survives the bot being killed, and
 * survives Azurite itself going away for a while.
 */
import { startAzurite, type Azurite } from '../support/azurite';
import { startBot, type BotProcess } from '../support/bot-process';
import { conversation } from '../support/direct-client';
import { logLines, messages } from '../support/interview-script';
import { waitFor } from '../support/wait-for';

let azurite: Azurite;
const bots: BotProcess[] = [];
const blobEnv = () => ({ STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'restart-test' });
async function bot(): Promise<BotProcess> {
  const b = await startBot(blobEnv());
  bots.push(b);
  return b;
}

/** One bot for the outage tests; the restart test starts its own. */
let steady: BotProcess;

beforeAll(async () => {
  azurite = await startAzurite();
  steady = await bot();
});
afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop('SIGKILL')));
  await azurite?.dispose();
});

it('goes on exactly where it was after the bot process is killed and started again', async () => {
  const first = await bot();
  const id = `restart-${Date.now()}`;
  const before = conversation(first.url, 'webchat', { id, userId: 'u-restart' });
  await before.join();
  await before.say('Yes, before then');
  expect(messages(await before.say('On several computers, phones or tablets'))).toMatch(/Does your email program work with IMAP\?/);

  await first.stop('SIGKILL');
  const second = await bot();
  const after = conversation(second.url, 'webchat', { id, userId: 'u-restart' });
  const summary = messages(await after.say('what did I say'));
  expect(summary).toMatch(/Account created before 6 August 2015: Yes/);
  expect(summary).toMatch(/Where you read email: On several computers, phones or tablets/);
  expect(summary).toMatch(/Does your email program work with IMAP\?/);
  expect(messages(await after.say('yes'))).toMatch(/I recommend IMAP/);
});

it('apologises while Azurite is down, stays up, and goes on once it is back', async () => {
  const b = steady;
  const since = b.output().length;
  const c = conversation(b.url, 'webchat', { id: `outage-${Date.now()}`, userId: 'u-outage' });
  await c.join();
  expect(messages(await c.say('Yes, before then'))).toMatch(/Where do you read your email\?/);

  await azurite.stop();
  const started = Date.now();
  const sorry = messages(await c.say('On several computers, phones or tablets')); // HTTP 200, or say() throws
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(sorry).toMatch(/Sorry, I couldn't save that just now/);
  expect(sorry).not.toMatch(/IMAP\?/);
  // /healthz caches its storage check for 2 s: it turns 503 once the cache runs out.
  await waitFor(async () => (await fetch(`${b.url}/healthz`)).status === 503, 5_000, '/healthz 503');

  await azurite.start();
  await waitFor(async () => (await fetch(`${b.url}/healthz`)).status === 200);
  expect(messages(await c.say('On several computers, phones or tablets'))).toMatch(/Does your email program work with IMAP\?/);
  const summary = messages(await c.say('what did I say'));
  expect(summary).toMatch(/Account created before 6 August 2015: Yes/);
  expect(summary).toMatch(/Where you read email: On several computers, phones or tablets/);

  const turns = logLines(b.output().slice(since)).filter((l) => l.msg === 'turn');
  expect(turns.map((l) => l.status)).not.toContain(500);
  expect(turns.filter((l) => l.outcome === 'failed')).toHaveLength(1);
  expect(b.child.exitCode).toBeNull();
});

it('answers with the apology within 10 s while Azurite hangs, and goes on once it answers again', async () => {
  const b = steady;
  const c = conversation(b.url, 'webchat', { id: `hang-${Date.now()}`, userId: 'u-hang' });
  await c.join();
  await c.say('Yes, before then');

  azurite.freeze();
  try {
    const started = Date.now();
    const reply = messages(await c.say('On several computers, phones or tablets'));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(reply).toMatch(/Sorry, I couldn't save that just now/);
  } finally {
    azurite.thaw();
  }
  expect(messages(await c.say('On several computers, phones or tablets'))).toMatch(/Does your email program work with IMAP\?/);
});

