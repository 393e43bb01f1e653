/**
 * The bot in-process on botbuilder's TestAdapter: the same SupportBot, dialogs, renderer
 * and storage as the server, without HTTP. Fast enough for many transcripts.
 */
import { TestAdapter, type Activity } from 'botbuilder';
import { ChannelRenderer } from '../../src/bot/render/channel-renderer';
import { ConversationStore } from '../../src/bot/state/conversation-store';
import { ExpiringMemoryStorage } from '../../src/bot/state/expiring-memory-storage';
import { SupportBot } from '../../src/bot/support-bot';
import { defaultDialogSettings } from '../../src/dialogs/settings';
import type { Telemetry } from '../../src/dialogs/ports';

export interface Chat {
  say(text: string): Promise<Activity[]>;
  join(): Promise<Activity[]>;
  events: Array<{ name: string; properties: Record<string, unknown> }>;
  storage: ExpiringMemoryStorage;
}

export function inProcessChat(channelId = 'test', storage = new ExpiringMemoryStorage(24 * 3600_000)): Chat {
  const events: Chat['events'] = [];
  const telemetry: Telemetry = { trackEvent: (name, properties) => events.push({ name, properties }) };
  const bot = new SupportBot(new ConversationStore(storage, 24 * 3600_000), defaultDialogSettings, new ChannelRenderer(), telemetry);
  const reference = TestAdapter.createConversation(`conv-${Math.random().toString(36).slice(2)}`);
  reference.channelId = channelId;
  const adapter = new TestAdapter(async (context) => {
    await bot.run(context);
  }, reference);
  const take = () => adapter.activeQueue.splice(0) as Activity[];
  return {
    events,
    storage,
    say: async (text) => {
      await adapter.receiveActivity(text);
      return take();
    },
    join: async () => {
      await adapter.receiveActivity({
        type: 'conversationUpdate',
        membersAdded: [reference.user, reference.bot],
      } as Partial<Activity>);
      return take();
    },
  };
}
