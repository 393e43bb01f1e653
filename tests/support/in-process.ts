/**
 * The real bot (routing, turn pipeline, dialogs, renderer, state handling) in this process,
 * driven through botbuilder's TestAdapter, without HTTP: fast enough for many transcripts.
 * Several bots may share one storage, like bot processes sharing Blob or Cosmos.
 */
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { dialogSettings } from '../../src/bot/app';
import { loadConfig } from '../../src/bot/config';
import { ChannelRenderer } from '../../src/bot/render/channel-renderer';
import type { ConditionalStorage } from '../../src/bot/state/conditional-storage';
import { ConversationStore } from '../../src/bot/state/conversation-store';
import { ExpiringMemoryStorage } from '../../src/bot/state/expiring-memory-storage';
import { SupportBot, type HandoffProfile } from '../../src/bot/support-bot';
import { Transcripts } from '../../src/bot/state/transcripts';
import { TurnPipeline, type TurnOutcome } from '../../src/bot/turn-pipeline';
import type { DialogSettings } from '../../src/dialogs/settings';
import type { Telemetry } from '../../src/bot/logger';

const DAY_MS = 24 * 3600_000;

/** The settings `npm start` runs with: the configuration's defaults, or these variables. */
export function settingsFrom(env: Record<string, string> = {}): DialogSettings {
  return dialogSettings(loadConfig(env));
}

export interface Chat {
  /** Sends a message; resolves to every activity the bot sent back. */
  say(text: string): Promise<Activity[]>;
  /** The person opens the chat (conversationUpdate with both members added). */
  join(): Promise<Activity[]>;
  /** An event activity in the conversation (a hub's handoff.status, say). */
  event(name: string, value: unknown): Promise<Activity[]>;
}

export interface InProcessBot {
  chat(options?: { channelId?: string; conversationId?: string; locale?: string }): Chat;
  /** Sends a message in conversation `conversationId`; resolves to the texts the person reads. */
  say(conversationId: string, text: string): Promise<string[]>;
  events: Array<{ name: string; properties: Record<string, unknown> }>;
  outcomes: TurnOutcome[];
  storage: ConditionalStorage;
  pipeline: TurnPipeline;
}

let nextId = 0;

export function inProcessBot(
  storage: ConditionalStorage = new ExpiringMemoryStorage(DAY_MS),
  options: { ttlMs?: number; settings?: DialogSettings; now?: () => number; handoffProfile?: HandoffProfile; telemetry?: Telemetry } = {},
): InProcessBot {
  const events: InProcessBot['events'] = [];
  const outcomes: TurnOutcome[] = [];
  const telemetry = {
    trackEvent: (name: string, properties: Record<string, string | number | boolean>) => {
      events.push({ name, properties });
      options.telemetry?.trackEvent(name, properties);
    },
  };
  const pipeline = new TurnPipeline(new ConversationStore(storage, options.ttlMs ?? DAY_MS, options.now), options.settings ?? settingsFrom(), new ChannelRenderer(options.handoffProfile), telemetry, {
    now: options.now,
    endAllOnShutdown: true,
    // As the app does: transcripts only for the Bot Framework hand-off (asked for by name here).
    transcripts: options.handoffProfile === 'directline' ? new Transcripts(new ExpiringMemoryStorage(DAY_MS)) : undefined,
  });
  const bot = new SupportBot(pipeline, options.handoffProfile);
  const adapter = new TestAdapter(async (context) => {
    outcomes.push(await bot.run(context));
  });

  const send = async (activity: Partial<Activity>): Promise<Activity[]> => {
    const id = `m-${++nextId}`;
    const queued = adapter.activeQueue.length;
    await adapter.processActivity({ id, ...activity });
    // Replies to a message carry its id; TestAdapter leaves it off replies to other activities.
    const mine = activity.type === ActivityTypes.Message ? adapter.activeQueue.filter((a) => a.replyToId === id) : adapter.activeQueue.slice(queued);
    for (const a of mine) adapter.activeQueue.splice(adapter.activeQueue.indexOf(a), 1);
    return mine as Activity[];
  };
  const base = (channelId: string, conversationId: string): Partial<Activity> => ({
    channelId,
    serviceUrl: 'https://test.example',
    conversation: { id: conversationId } as Activity['conversation'],
    from: { id: `user-${conversationId}`, name: 'Person' },
    recipient: { id: 'bot', name: 'Bot' },
  });

  return {
    events,
    outcomes,
    storage,
    pipeline,
    chat({ channelId = 'test', conversationId = `conv-${++nextId}`, locale }: { channelId?: string; conversationId?: string; locale?: string } = {}) {
      const at = { ...base(channelId, conversationId), ...(locale ? { locale } : {}) };
      return {
        say: (text) => send({ ...at, type: ActivityTypes.Message, text }),
        join: () => send({ ...at, type: ActivityTypes.ConversationUpdate, membersAdded: [at.from!, at.recipient!] }),
        event: (name, value) => send({ ...at, type: ActivityTypes.Event, name, value }),
      };
    },
    async say(conversationId, text) {
      const replies = await send({ ...base('test', conversationId), type: ActivityTypes.Message, text });
      return replies.filter((a) => a.type === ActivityTypes.Message).map((a) => a.text ?? '');
    },
  };
}

/** One conversation with its own bot: the common case of the dialog tests. */
export function inProcessChat(channelId = 'test', storage?: ConditionalStorage): Chat & { events: InProcessBot['events'] } {
  const bot = inProcessBot(storage);
  return { ...bot.chat({ channelId }), events: bot.events };
}
