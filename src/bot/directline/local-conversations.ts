import { createHash, randomBytes } from 'crypto';

/**
 * The local Direct Line's memory: conversations, their activities and the tokens that
 * grant them. Everything is bounded: conversations (least recently used go first),
 * activities and bytes per conversation (oldest go first; watermarks stay valid because
 * sequence numbers only grow), tokens per conversation, and idle time.
 */
/** An activity as it travels as JSON (timestamps are strings). */
export type WireActivity = { type: string; id?: string; [field: string]: unknown };

export interface LocalLimits {
  maxConversations: number;
  maxActivities: number;
  maxBytes: number;
  idleMs: number;
  tokenTtlMs: number;
}

export const DEFAULT_LIMITS: LocalLimits = {
  maxConversations: 200,
  maxActivities: 200,
  maxBytes: 256 * 1024,
  idleMs: 60 * 60_000,
  // Direct Line's lifetime; Web Chat refreshes at half of it.
  tokenTtlMs: 30 * 60_000,
};

const MAX_TOKENS_PER_CONVERSATION = 3;

export interface LocalConversation {
  readonly id: string;
  readonly userId: string;
  started: boolean;
  seq: number;
  lastUsed: number;
  bytes: number;
  activities: Array<{ seq: number; activity: WireActivity; bytes: number }>;
  tokenHashes: string[];
}

export interface Grant {
  conversation: LocalConversation;
  token: string;
  expiresIn: number;
}

export class LocalConversations {
  private readonly conversations = new Map<string, LocalConversation>();
  private readonly tokens = new Map<string, { conversationId: string; expiresAt: number }>();

  constructor(
    private readonly limits: LocalLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.conversations.size;
  }

  /** A new conversation and a token that grants only it. */
  create(userId: string): Grant {
    this.sweep();
    while (this.conversations.size >= this.limits.maxConversations) {
      this.remove(this.conversations.keys().next().value as string);
    }
    const conversation: LocalConversation = {
      id: randomBytes(16).toString('base64url'),
      userId,
      started: false,
      seq: 0,
      lastUsed: this.now(),
      bytes: 0,
      activities: [],
      tokenHashes: [],
    };
    this.conversations.set(conversation.id, conversation);
    return this.issueToken(conversation);
  }

  /** A conversation by id, for delivering the bot's replies (no token involved). */
  get(id: string): LocalConversation | undefined {
    return this.conversations.get(id);
  }

  /** The conversation this token grants, if it is valid and (when given) the one asked for. */
  authorize(token: string | undefined, conversationId?: string): Grant | undefined {
    if (!token) return undefined;
    const hash = hashOf(token);
    const entry = this.tokens.get(hash);
    if (!entry) return undefined;
    const now = this.now();
    if (entry.expiresAt <= now) {
      this.tokens.delete(hash);
      return undefined;
    }
    if (conversationId !== undefined && conversationId !== entry.conversationId) return undefined;
    const conversation = this.conversations.get(entry.conversationId);
    if (!conversation) return undefined;
    this.touch(conversation);
    return { conversation, token, expiresIn: Math.floor((entry.expiresAt - now) / 1000) };
  }

  /** A fresh token for the same conversation; older ones stay valid until they expire. */
  issueToken(conversation: LocalConversation): Grant {
    const expiresAt = this.now() + this.limits.tokenTtlMs;
    const token = mintToken(conversation, expiresAt);
    const hash = hashOf(token);
    this.tokens.set(hash, { conversationId: conversation.id, expiresAt });
    conversation.tokenHashes.push(hash);
    while (conversation.tokenHashes.length > MAX_TOKENS_PER_CONVERSATION) {
      this.tokens.delete(conversation.tokenHashes.shift() as string);
    }
    return { conversation, token, expiresIn: Math.floor(this.limits.tokenTtlMs / 1000) };
  }

  /** Stores an activity with the next id `{conversationId}|{seq}`, as Direct Line numbers them. */
  append(conversation: LocalConversation, activity: WireActivity): WireActivity {
    const seq = ++conversation.seq;
    const stored: WireActivity = {
      ...activity,
      id: `${conversation.id}|${String(seq).padStart(7, '0')}`,
      timestamp: new Date(this.now()).toISOString(),
    };
    const bytes = Buffer.byteLength(JSON.stringify(stored));
    conversation.activities.push({ seq, activity: stored, bytes });
    conversation.bytes += bytes;
    const { maxActivities, maxBytes } = this.limits;
    while (conversation.activities.length > 1 && (conversation.activities.length > maxActivities || conversation.bytes > maxBytes)) {
      conversation.bytes -= (conversation.activities.shift() as { bytes: number }).bytes;
    }
    return stored;
  }

  /** Activities after the watermark, and the watermark to ask with next time. */
  since(conversation: LocalConversation, watermark: string | undefined): { activities: WireActivity[]; watermark: string } {
    const after = /^\d{1,15}$/.test(watermark ?? '') ? Number(watermark) : 0;
    const newer = conversation.activities.filter((a) => a.seq > after);
    return { activities: newer.map((a) => a.activity), watermark: String(newer.length ? newer[newer.length - 1].seq : Math.min(after, conversation.seq)) };
  }

  /** Forgets conversations nobody has used for a while (oldest first in the map). */
  sweep(): void {
    const cutoff = this.now() - this.limits.idleMs;
    for (const [id, c] of this.conversations) {
      if (c.lastUsed > cutoff) break;
      this.remove(id);
    }
  }

  private touch(conversation: LocalConversation): void {
    conversation.lastUsed = this.now();
    // Re-insert: the map stays ordered from least to most recently used.
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  private remove(id: string): void {
    const c = this.conversations.get(id);
    if (!c) return;
    for (const hash of c.tokenHashes) this.tokens.delete(hash);
    this.conversations.delete(id);
  }
}

/** Only hashes are kept, so the token map can't be read back into working tokens. */
function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * Shaped like Direct Line's tokens (a JWT whose payload names the user), so Web Chat
 * takes the person's id from it as it does in production. Nothing in it is trusted: the
 * last part is 32 random bytes and the server only looks the whole token up.
 */
function mintToken(conversation: LocalConversation, expiresAt: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = part({ typ: 'JWT', alg: 'none' });
  const payload = part({ user: conversation.userId, conv: conversation.id, exp: Math.floor(expiresAt / 1000) });
  return `${header}.${payload}.${randomBytes(32).toString('base64url')}`;
}
