/**
 * The real SupportBot (dialogs, renderer, state handling) in this process, driven turn by
 * turn through botbuilder's TestAdapter, on a storage the test chooses. Several of these
 * may share one storage, like bot processes sharing Blob or Cosmos.
 */
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { defaultDialogSettings } from '../../src/dialogs/settings';
import { ChannelRenderer } from '../../src/bot/render/channel-renderer';
import type { ConditionalStorage } from '../../src/bot/state/conditional-storage';
import { ConversationStore } from '../../src/bot/state/conversation-store';
import { SupportBot, type TurnOutcome } from '../../src/bot/support-bot';

export interface InProcessBot {
  /** Sends a message in conversation `conversationId`; resolves to the texts the person reads. */
  say(conversationId: string, text: string): Promise<string[]>;
  outcomes: TurnOutcome[];
  events: string[];
}

let nextId = 0;

export function inProcessBot(storage: ConditionalStorage, ttlMs = 24 * 3600_000): InProcessBot {
  const events: string[] = [];
  const outcomes: TurnOutcome[] = [];
  const telemetry = { trackEvent: (name: string) => void events.push(name) };
  const bot = new SupportBot(new ConversationStore(storage, ttlMs), defaultDialogSettings, new ChannelRenderer(), telemetry);
  const adapter = new TestAdapter(async (context) => {
    outcomes.push(await bot.run(context));
  });
  return {
    outcomes,
    events,
    async say(conversationId, text) {
      const id = `m-${++nextId}`;
      const activity: Partial<Activity> = {
        type: ActivityTypes.Message,
        id,
        text,
        channelId: 'test',
        conversation: { id: conversationId } as Activity['conversation'],
        from: { id: `user-${conversationId}`, name: 'Person' },
        recipient: { id: 'bot', name: 'Bot' },
      };
      await adapter.processActivity(activity);
      const mine = adapter.activeQueue.filter((a) => a.replyToId === id);
      for (const a of mine) adapter.activeQueue.splice(adapter.activeQueue.indexOf(a), 1);
      return mine.filter((a) => a.type === ActivityTypes.Message).map((a) => a.text ?? '');
    },
  };
}
