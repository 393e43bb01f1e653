/**
 * Two bot processes on one Azurite (STORAGE=blob), the way Azure App Service scales out:
 * the turns of a conversation land on either process. Every conversation must end where
 * it would on one process, and bursts of simultaneous turns must lose nothing.
 */
import { startAzurite, type Azurite } from '../support/azurite';
import { startBots, type BotProcess } from '../support/bot-process';
import { scaleOutSuite } from '../support/scale-out-suite';

let azurite: Azurite;
const bots: BotProcess[] = [];

scaleOutSuite('Blob (Azurite)', {
  async start() {
    azurite = await startAzurite();
    const env = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'scale-out-test' };
    const [a, b] = await startBots(2, env, (bot) => bots.push(bot));
    return [a, b];
  },
  async stop() {
    await Promise.all(bots.map((b) => b.stop()));
    await azurite?.dispose();
  },
});
