/**
 * The typing indicator: sent when a turn takes longer than half a second, on channels that
 * show one. Runs the real adapter (CloudAdapter, anonymous), bot and storage in-process, with
 * storage that answers slowly, and reads the expectReplies body the HTTP response would carry.
 */
import { ConfigurationBotFrameworkAuthentication, type Activity, type StoreItems } from 'botbuilder';
import { ExpiringMemoryStorage } from '../../src/bot/state/expiring-memory-storage';
import { dialogSettings } from '../../src/bot/app';
import { loadConfig } from '../../src/bot/config';
import { ChannelAdapter } from '../../src/bot/http/channel-adapter';
import { ChannelRenderer } from '../../src/bot/render/channel-renderer';
import { ConversationStore } from '../../src/bot/state/conversation-store';
import { SupportBot } from '../../src/bot/support-bot';
import { TurnPipeline } from '../../src/bot/turn-pipeline';

/** Real in-memory storage that takes `delayMs` to read, like a distant database on a bad day. */
class SlowStorage extends ExpiringMemoryStorage {
  constructor(private readonly delayMs: number) {
    super(3_600_000);
  }

  override async read(keys: string[]): Promise<StoreItems> {
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    return super.read(keys);
  }
}

async function turn(channelId: string, readDelayMs: number): Promise<Activity[]> {
  const config = loadConfig({});
  const adapter = new ChannelAdapter(new ConfigurationBotFrameworkAuthentication(config.botFrameworkAuth as never));
  const store = new ConversationStore(new SlowStorage(readDelayMs), 3_600_000);
  const bot = new SupportBot(new TurnPipeline(store, dialogSettings(config), new ChannelRenderer(), { trackEvent: () => undefined }));
  const activity = {
    type: 'message',
    text: 'hello',
    channelId,
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: `typing-${channelId}-${readDelayMs}` },
    from: { id: 'person' },
    recipient: { id: 'bot' },
    deliveryMode: 'expectReplies',
  } as Activity;
  const response = await adapter.handle('', activity, async (context) => {
    await bot.run(context);
  });
  return (response?.body as { activities: Activity[] }).activities;
}

const types = (activities: Activity[]) => activities.map((a) => a.type);

describe('the typing indicator', () => {
  it('is not sent when the turn is quick', async () => {
    const replies = await turn('msteams', 0);
    expect(replies.length).toBeGreaterThan(0);
    expect(types(replies)).not.toContain('typing');
  });

  it('goes out first when the turn is slow, on a channel that shows it', async () => {
    for (const channelId of ['msteams', 'webchat']) {
      const replies = await turn(channelId, 800);
      expect(types(replies)[0]).toBe('typing');
      expect(types(replies).filter((t) => t === 'typing')).toHaveLength(1);
      expect(types(replies).slice(1)).toEqual(['message', 'message']);
    }
  });

  it('is not sent on a channel that shows none, however slow the turn', async () => {
    for (const channelId of ['slack', 'telegramish']) {
      expect(types(await turn(channelId, 800))).not.toContain('typing');
    }
  });
});
