/**
 * Two different messages of one conversation at once, to one process (a double send, a
 * person typing fast): they must run in the order they came, which the per-conversation
 * queue does. eTag retries alone keep both answers but not their order: the second message
 * could be read as the answer to the first question. STORAGE=blob on Azurite, so storage
 * round trips really interleave the two turns. (The scale-out tests send identical messages,
 * where order can't show.)
 */
import { startAzurite, type Azurite } from '../support/azurite';
import { startBot, type BotProcess } from '../support/bot-process';
import { conversation } from '../support/direct-client';
import { messages } from '../support/interview-script';

/** Without the queue about 1 in 5 pairs went out of order here: 60 make a miss next to impossible. */
const CONVERSATIONS = 60;
/**
 * B leaves 2 ms after A: A has reached the bot by then (the bot has nothing else to do: one
 * conversation at a time), and A's turn, two storage round trips, is still running.
 */
const GAP_MS = 2;

let azurite: Azurite;
let bot: BotProcess;
beforeAll(async () => {
  azurite = await startAzurite();
  bot = await startBot({ STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'order-test' });
});
afterAll(async () => {
  await bot?.stop();
  await azurite?.dispose();
});

it(`runs two messages sent at once in the order they came, in each of ${CONVERSATIONS} conversations`, async () => {
  const outOfOrder: string[] = [];
  for (let i = 0; i < CONVERSATIONS; i++) {
    {
      const c = conversation(bot.url, 'webchat');
      await c.join();
      const a = c.say('Yes, before then'); // answers the account question
      await new Promise((r) => setTimeout(r, GAP_MS));
      const b = c.say('On several computers, phones or tablets'); // answers the next one
      const [ra, rb] = (await Promise.all([a, b])).map(messages);
      const inOrder = /Where do you read your email\?/.test(ra) && /Does your email program work with IMAP\?/.test(rb);
      if (!inOrder) outOfOrder.push(`conversation ${i}: A -> ${ra.slice(0, 60)} | B -> ${rb.slice(0, 60)}`);
    }
  }
  expect(outOfOrder).toEqual([]);
}, 60_000);
