/**
 * Serialized state per conversation: the scripted conversations played in-process
 * (botbuilder TestAdapter, the same SupportBot, dialogs, renderer and storage as the server,
 * as in tests/support/in-process.ts), reading the stored record after every turn.
 */
import { TestAdapter, type Activity } from 'botbuilder';
import { ChannelRenderer } from '../src/bot/render/channel-renderer';
import { ConversationStore, conversationKey } from '../src/bot/state/conversation-store';
import { ExpiringMemoryStorage } from '../src/bot/state/expiring-memory-storage';
import { dialogSettings } from '../src/bot/app';
import { loadConfig } from '../src/bot/config';
import { SupportBot } from '../src/bot/support-bot';
import { TurnPipeline } from '../src/bot/turn-pipeline';
import { makeScripts } from './users';

export interface StateBytes {
  conversations: number;
  median: number;
  p99: number;
  max: number;
}

export async function measureStateBytes(count: number): Promise<StateBytes> {
  const ttl = 24 * 3600_000;
  const storage = new ExpiringMemoryStorage(ttl);
  const pipeline = new TurnPipeline(new ConversationStore(storage, ttl), dialogSettings(loadConfig({})), new ChannelRenderer(), { trackEvent: () => undefined });
  const bot = new SupportBot(pipeline);
  const sizes: number[] = [];
  let n = 0;
  for (const script of makeScripts(count, 7)) {
    const reference = TestAdapter.createConversation(`state-${++n}`);
    reference.channelId = 'webchat';
    const adapter = new TestAdapter(async (context) => {
      await bot.run(context);
    }, reference);
    const key = conversationKey('webchat', reference.conversation.id);
    let largest = 0;
    let seq = 0;
    for (const step of script.steps) {
      // Message ids as long as Direct Line's ("<conversation id>|0000012"): the record keeps the last few.
      const id = `${'x'.repeat(22)}-${reference.conversation.id}|${String(++seq).padStart(7, '0')}`;
      if (step.text === undefined) {
        await adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [reference.user, reference.bot] } as Partial<Activity>);
      } else {
        await adapter.receiveActivity({ type: 'message', text: step.text, id } as Partial<Activity>);
      }
      adapter.activeQueue.splice(0);
      const item = (await storage.read([key]))[key] as Record<string, unknown> | undefined;
      if (!item) continue;
      const { eTag: _eTag, ...record } = item;
      largest = Math.max(largest, Buffer.byteLength(JSON.stringify(record)));
    }
    sizes.push(largest);
  }
  sizes.sort((a, b) => a - b);
  const at = (q: number) => sizes[Math.min(sizes.length - 1, Math.ceil(q * sizes.length) - 1)];
  return { conversations: sizes.length, median: at(0.5), p99: at(0.99), max: sizes[sizes.length - 1] };
}
