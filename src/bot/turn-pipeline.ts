import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { wordsFor } from '../copy';
import { restoreState } from '../dialogs/conversation-state';
import type { DialogSettings } from '../dialogs/settings';
import { endSession, idleMsOf, takeTurn, type TurnInput, type TurnResult } from '../dialogs/turn';
import { capabilitiesOf, plainChannel } from './channels';
import type { Telemetry } from './logger';
import type { ChannelRenderer } from './render/channel-renderer';
import type { ConversationRecord } from './state/conversation-record';
import { conversationKey, isConflict, type ConversationStore } from './state/conversation-store';
import { KeyedQueue } from './state/keyed-queue';
import { forTranscript, TRANSCRIPT_CONTENT_TYPE, type Transcripts } from './state/transcripts';

/**
 * A conflict means another turn of this conversation was saved meanwhile, so retries
 * always make progress; enough for a burst of turns spread over several instances.
 */
const MAX_ATTEMPTS = 10;
const TYPING_AFTER_MS = 500;
const SEEN_IDS = 5;

export type TurnOutcome = 'ok' | 'ignored' | 'retried' | 'failed';

/** Conversations with a session running, remembered for the sweep; past this many, the oldest end only on their next turn. */
const MAX_OPEN_SESSIONS = 100_000;
/** The sweep runs at least this often, and at least twice per idle time. */
const MAX_SWEEP_INTERVAL_MS = 60_000;

export interface PipelineOptions {
  now?: () => number;
  /**
   * At shutdown, end every session still running (the state is in memory and goes with the
   * process); otherwise only those already idle, the rest end on their next turn or another
   * instance's sweep.
   */
  endAllOnShutdown?: boolean;
  /** Keep each conversation's transcript (where a hand-off event can go out) to hand it to a person. */
  transcripts?: Transcripts;
}

/**
 * Runs one turn: the turns of a conversation one at a time in this process; the state read
 * with its eTag and written back with it; on a lost race, the turn runs again on fresh state;
 * replies are rendered and sent only once the state is saved, so nobody sees a reply twice or
 * a reply that was then thrown away.
 */
export class TurnPipeline {
  private readonly queue = new KeyedQueue();
  /** Conversation key → its last turn (ms), oldest first: what the sweep looks at. */
  private readonly open = new Map<string, number>();
  private readonly now: () => number;
  private sweeper?: ReturnType<typeof setInterval>;

  constructor(
    private readonly store: ConversationStore,
    private readonly settings: DialogSettings,
    private readonly renderer: ChannelRenderer,
    private readonly telemetry: Telemetry,
    private readonly options: PipelineOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Ends idle sessions on a timer: one interval for the process (not a timer per
   * conversation), at most a minute and at most half the idle time apart.
   */
  startSweeping(): void {
    if (this.sweeper) return;
    const every = Math.max(250, Math.min(MAX_SWEEP_INTERVAL_MS, Math.floor(idleMsOf(this.settings) / 2)));
    this.sweeper = setInterval(() => void this.sweep('idle'), every);
    this.sweeper.unref?.();
  }

  /**
   * Ends the sessions of this process's conversations that have been idle for the configured
   * time (or, at shutdown, all of them) and counts their outcomes. Each end is saved with the
   * eTag read, so a turn that came meanwhile (here or on another instance) wins and the
   * session goes on. Resolves to the number of sessions ended.
   */
  async sweep(endedBy: 'idle' | 'shutdown'): Promise<number> {
    const now = this.now();
    const idleMs = idleMsOf(this.settings);
    let ended = 0;
    for (const [key, last] of [...this.open]) {
      if (endedBy === 'idle' && now - last < idleMs) break; // oldest first: the rest are newer
      this.open.delete(key);
      ended += await this.queue.run(key, () => this.endOne(key, now, endedBy)).catch(() => 0);
    }
    return ended;
  }

  /** Stops the sweep; at shutdown, ends the sessions the process would otherwise lose. */
  async close(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
    await this.sweep(this.options.endAllOnShutdown ? 'shutdown' : 'idle');
  }

  private async endOne(key: string, now: number, endedBy: 'idle' | 'shutdown'): Promise<number> {
    const loaded = await this.store.load(key);
    const result = endSession(restoreState(loaded.record), now, this.settings, endedBy);
    if (!result) {
      const last = loaded.record.conversation?.session?.last;
      if (last !== undefined) this.remember(key, last);
      return 0;
    }
    try {
      await this.store.save(key, { ...loaded, record: { ...loaded.record, conversation: result.state } });
    } catch (error) {
      if (isConflict(error)) return 0; // a turn came: the session goes on
      throw error;
    }
    for (const e of result.events) this.telemetry.trackEvent(e.name, e.properties);
    return 1;
  }

  private remember(key: string, last: number): void {
    this.open.delete(key);
    this.open.set(key, last);
    if (this.open.size > MAX_OPEN_SESSIONS) this.open.delete(this.open.keys().next().value as string);
  }

  run(context: TurnContext, input: TurnInput): Promise<TurnOutcome> {
    const a = context.activity;
    const key = conversationKey(a.channelId, a.conversation.id);
    const turn = () => this.queue.run(key, () => this.turnWithApology(context, key, input));
    // A trace span per turn where a tracer is configured: the channel and activity type, no ids.
    return this.telemetry.turn ? this.telemetry.turn({ 'bot.channel': capabilitiesOf(a.channelId) === plainChannel ? 'other' : String(a.channelId), 'bot.activity.type': String(a.type) }, turn) : turn();
  }

  /** Turns waiting or running, across all conversations (for graceful shutdown). */
  get busy(): number {
    return this.queue.pending;
  }

  private async turnWithApology(context: TurnContext, key: string, input: TurnInput): Promise<TurnOutcome> {
    const typing = this.startTyping(context);
    const stopTyping = () => clearTimeout(typing);
    try {
      return await this.turn(context, key, input, stopTyping);
    } catch (error) {
      this.telemetry.trackEvent('turnFailed', { reason: errorName(error) });
      // The state wasn't saved (or couldn't be confirmed) and no reply went out: the person can
      // simply try again. The apology is best effort: if the channel itself can't be reached,
      // there is nobody to tell.
      if (input.kind === 'message' && !(error instanceof DeliveryError)) {
        const words = wordsFor('en', this.settings.brandName);
        await context.sendActivity({ type: ActivityTypes.Message, text: words.t('sorry') }).catch(() => undefined);
      }
      return 'failed';
    } finally {
      stopTyping();
    }
  }

  private async turn(context: TurnContext, key: string, input: TurnInput, stopTyping: () => void): Promise<TurnOutcome> {
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.store.load(key);
      if (isResend(context.activity, loaded.record)) return 'ignored';
      const now = this.now();
      const result = takeTurn(restoreState(loaded.record), { ...input, now }, this.settings);
      const record: ConversationRecord = { conversation: result.state, seen: seenWith(context.activity, loaded.record) };
      try {
        await this.store.save(key, { ...loaded, record });
      } catch (error) {
        if (isConflict(error)) {
          this.telemetry.trackEvent('stateConflict', { attempt });
          if (attempt < MAX_ATTEMPTS) continue;
          throw error;
        }
        // A write that timed out may still have landed: answer if it did, so a retry by the
        // person doesn't answer the next question.
        if (!(await this.landed(key, record))) throw error;
      }
      if (result.state.session) this.remember(key, now);
      else this.open.delete(key);
      stopTyping(); // the replies themselves are about to show
      await this.send(context, result, key);
      for (const e of result.events) this.telemetry.trackEvent(e.name, e.properties);
      return attempt > 1 ? 'retried' : 'ok';
    }
  }

  private async landed(key: string, written: ConversationRecord): Promise<boolean> {
    try {
      const { record } = await this.store.load(key);
      return record.at === written.at && JSON.stringify(record.conversation) === JSON.stringify(written.conversation);
    } catch {
      return false;
    }
  }

  private async send(context: TurnContext, result: TurnResult, key: string): Promise<void> {
    const words = wordsFor(result.state.language ?? 'en', this.settings.brandName);
    const activities = this.renderer.render(context, result.replies, words);
    const transcripts = this.options.transcripts;
    if (transcripts && capabilitiesOf(context.activity.channelId).handoffEvent) {
      // Best effort: without it the hand-off still carries the summary.
      await this.keepTranscript(transcripts, key, context, activities).catch((error) => this.telemetry.trackEvent('transcriptFailed', { reason: errorName(error) }));
    }
    if (!activities.length) return;
    await context.sendActivities(activities).catch((error) => {
      throw new DeliveryError(error);
    });
  }

  /** Adds this turn to the transcript; a hand-off event carries the transcript so far (its request included). */
  private async keepTranscript(transcripts: Transcripts, key: string, context: TurnContext, activities: Partial<Activity>[]): Promise<void> {
    const a = context.activity;
    const at = new Date(this.now()).toISOString();
    const transcript = await transcripts.load(key);
    if (a.type === ActivityTypes.Message) transcript.push(forTranscript(a, 'user', a.from, at));
    for (const out of activities) {
      if (out.type === ActivityTypes.Event && out.name === 'handoff.initiate') {
        out.attachments = [...(out.attachments ?? []), { contentType: TRANSCRIPT_CONTENT_TYPE, name: 'Transcript', content: { activities: [...transcript] } }];
      } else if (out.type === ActivityTypes.Message) {
        transcript.push(forTranscript(out, 'bot', a.recipient, at));
      }
    }
    await transcripts.save(key, transcript);
  }

  /** A typing indicator only when a turn is slow (storage, load), where the channel shows one. */
  private startTyping(context: TurnContext): ReturnType<typeof setTimeout> | undefined {
    if (!capabilitiesOf(context.activity.channelId).typing) return undefined;
    if (context.activity.type !== ActivityTypes.Message) return undefined;
    const timer = setTimeout(() => {
      void context.sendActivity({ type: ActivityTypes.Typing }).catch(() => undefined);
    }, TYPING_AFTER_MS);
    timer.unref?.();
    return timer;
  }
}

/** A channel resends a message it thinks went unanswered (Teams after 15 s): answer it once. */
function isResend(a: Activity, record: ConversationRecord): boolean {
  return a.type === ActivityTypes.Message && !!a.id && !!record.seen?.includes(shortId(a.id));
}

function seenWith(a: Activity, record: ConversationRecord): string[] | undefined {
  if (a.type !== ActivityTypes.Message || !a.id) return record.seen;
  return [...(record.seen ?? []), shortId(a.id)].slice(-SEEN_IDS);
}

/**
 * A message id as a 32-bit FNV-1a hash in base 36 (≤ 7 characters): ids run to 40+
 * characters and every stored byte is kept for every conversation. Among the last five
 * ids of one conversation a collision is negligible.
 */
function shortId(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The channel could not take our replies (its connector is down): no apology can reach anyone. */
class DeliveryError extends Error {
  constructor(override readonly cause: unknown) {
    super('replies could not be delivered');
  }
}

function errorName(error: unknown): string {
  const e = error as { name?: string; code?: string | number; statusCode?: number };
  return String(e?.code ?? e?.statusCode ?? e?.name ?? 'Error');
}
