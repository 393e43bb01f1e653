/**
 * The limits that keep a public endpoint's memory bounded, with a clock we move by hand.
 */
import { LocalAdapter } from '../../src/bot/directline/local-adapter';
import { LocalConversations, type WireActivity } from '../../src/bot/directline/local-conversations';
import { RateLimiter } from '../../src/bot/directline/rate-limiter';

describe('RateLimiter', () => {
  it('allows N a minute per client, says when to retry, and forgives after the minute', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(2, 60_000, 100, () => now);
    expect(limiter.take('a').allowed).toBe(true);
    now += 10_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 50_000;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('remembers at most maxKeys clients', () => {
    const limiter = new RateLimiter(1, 60_000, 3);
    for (let i = 0; i < 1000; i++) limiter.take(`client-${i}`);
    expect(limiter.size).toBe(3);
  });
});

describe('LocalConversations', () => {
  const limits = { maxConversations: 2, maxActivities: 3, maxBytes: 10_000, idleMs: 60_000, tokenTtlMs: 30_000 };
  const message = (text: string): WireActivity => ({ type: 'message', text });

  it('keeps at most maxConversations: the least recently used goes, with its tokens', () => {
    const store = new LocalConversations(limits);
    const a = store.create('dl_a');
    const b = store.create('dl_b');
    store.authorize(a.token); // a is now more recently used than b
    const c = store.create('dl_c');
    expect(store.size).toBe(2);
    expect(store.authorize(b.token)).toBeUndefined();
    expect(store.authorize(a.token)?.conversation.id).toBe(a.conversation.id);
    expect(store.authorize(c.token)?.conversation.id).toBe(c.conversation.id);
  });

  it('keeps the newest activities; a watermark still returns only newer ones', () => {
    const store = new LocalConversations(limits);
    const { conversation } = store.create('dl_a');
    for (const t of ['1', '2', '3', '4', '5']) store.append(conversation, message(t));
    expect(store.since(conversation, undefined).activities.map((a) => a.text)).toEqual(['3', '4', '5']);
    expect(store.since(conversation, '4')).toMatchObject({ activities: [{ text: '5' }], watermark: '5' });
    expect(store.since(conversation, '5')).toEqual({ activities: [], watermark: '5' });
  });

  it('caps the bytes a conversation holds', () => {
    const store = new LocalConversations({ ...limits, maxActivities: 100, maxBytes: 2_000 });
    const { conversation } = store.create('dl_a');
    for (let i = 0; i < 20; i++) store.append(conversation, message('x'.repeat(500)));
    expect(conversation.bytes).toBeLessThanOrEqual(2_000);
    expect(conversation.activities.length).toBeGreaterThan(0);
  });

  it('expires tokens, and forgets idle conversations', () => {
    let now = 0;
    const store = new LocalConversations(limits, () => now);
    const a = store.create('dl_a');
    now += 31_000;
    expect(store.authorize(a.token)).toBeUndefined(); // token expired
    const b = store.create('dl_b');
    now += 61_000;
    store.sweep();
    expect(store.size).toBe(0);
    expect(store.authorize(b.token)).toBeUndefined();
  });
});

describe('LocalAdapter', () => {
  it('shows a typing indicator to a poll while the turn is still working', async () => {
    const store = new LocalConversations();
    const { conversation } = store.create('dl_a');
    const adapter = new LocalAdapter((activity) => String(store.append(conversation, activity).id));
    let seenMidTurn: string[] = [];
    await adapter.run(
      { type: 'message', text: 'hi', channelId: 'directline', conversation: { id: conversation.id } as never, from: { id: 'dl_a', name: 'Person' }, recipient: { id: 'bot', name: 'Bot' } },
      async (context) => {
        await context.sendActivity({ type: 'typing' });
        seenMidTurn = store.since(conversation, undefined).activities.map((a) => a.type);
        await context.sendActivity('done');
      },
    );
    expect(seenMidTurn).toEqual(['typing']);
    expect(store.since(conversation, undefined).activities.map((a) => a.type)).toEqual(['typing', 'message']);
  });
});
