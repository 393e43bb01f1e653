/**
 * Reference 1: the minimal botbuilder echo bot, as in BotBuilder-Samples 02.echo-bot, with
 * conversation state: CloudAdapter, ConversationState on MemoryStorage (or BlobsStorage on
 * Azurite with ECHO_STORAGE=blob), the same restify 11 setup as ours (bodyParser,
 * POST /api/messages -> adapter.process). Anonymous auth. No logging per turn.
 */
import restify from 'restify';
import {
  ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, type Storage,
} from 'botbuilder';

async function storage(): Promise<Storage> {
  if (process.env.ECHO_STORAGE !== 'blob') return new MemoryStorage();
  // Loaded only in blob mode: the package may not be installed in this worktree.
  const { BlobsStorage } = require('botbuilder-azure-blobs') as { BlobsStorage: new (connection: string, container: string) => Storage };
  return new BlobsStorage(process.env.BLOB_CONNECTION_STRING ?? 'UseDevelopmentStorage=true', process.env.BLOB_CONTAINER ?? 'echo-state');
}

class EchoBot extends ActivityHandler {
  constructor(private readonly conversationState: ConversationState) {
    super();
    const turns = conversationState.createProperty<number>('turns');
    this.onMessage(async (context, next) => {
      await turns.set(context, (await turns.get(context, 0)) + 1);
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const m of context.activity.membersAdded ?? []) {
        if (m.id !== context.activity.recipient.id) await context.sendActivity('Hello and welcome!');
      }
      await next();
    });
  }

  override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}

async function main(): Promise<void> {
  const auth = new ConfigurationBotFrameworkAuthentication({} as never);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    console.error(`onTurnError: ${String(error)}`);
    await context.sendActivity('The bot encountered an error.');
  };
  const bot = new EchoBot(new ConversationState(await storage()));
  const server = restify.createServer({ name: 'echo-bot' });
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  server.get('/healthz', (_req, res, next) => {
    res.json(200, { status: 'ok' });
    return next();
  });
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    process.stdout.write(`listening ${server.address().port}\n`);
  });
  process.on('SIGTERM', () => process.exit(0));
}

void main();
