import { z } from 'zod';
import { activityProblem, bounded, checkActivity, MAX_CONVERSATION_ID, MAX_TEXT_CHARS } from '../../src/bot/http/activity-check';

/** The zod schema checkActivity was written from: the specification it must keep. */
const account = z.object({ id: z.string().max(1024).optional(), name: z.string().optional().nullable() }).passthrough();
const objectList = z.array(z.object({}).passthrough());
const text = z.string().optional().nullable();
/** What the person said is cut off at MAX_TEXT_CHARS. */
const said = z.string().transform(bounded).optional().nullable();
const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64).refine((v) => v.trim().length > 0),
    conversation: z.object({ id: z.string().min(1).max(MAX_CONVERSATION_ID), conversationType: text }).passthrough(),
    serviceUrl: z.string().max(2048).optional(),
    // Fields the bot reads must have the shape the Bot Framework schema gives them.
    text: said,
    value: z.union([z.object({ text: said }).passthrough(), z.unknown()]).optional(),
    from: account.optional(),
    recipient: account.optional(),
    membersAdded: z.array(account).optional(),
    membersRemoved: z.array(account).optional(),
    entities: objectList.optional().nullable(),
    attachments: objectList.optional().nullable(),
    deliveryMode: text,
    replyToId: text,
    locale: text,
    timestamp: text,
    localTimestamp: text,
    suggestedActions: z.object({}).passthrough().optional().nullable(),
  })
  .passthrough();

function bySchema(body: unknown): unknown {
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) return undefined;
  const a = parsed.data as Record<string, unknown>;
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']]) {
    if (typeof a[field] === 'string') {
      a[raw] = a[field];
      a[field] = new Date(a[field] as string);
    }
  }
  return a;
}

const ok = { type: 'message', channelId: 'webchat', conversation: { id: 'c1', name: 'x' }, serviceUrl: 'https://x/', text: 'hi', from: { id: 'u' } };
const cases: Array<[string, unknown]> = [
  ['valid', ok],
  ['valid, minimal', { type: 'message', channelId: 'c', conversation: { id: 'c' } }],
  ['timestamps', { ...ok, timestamp: '2024-01-02T03:04:05.678Z', localTimestamp: '2024-01-02T04:04:05.678+01:00', expiration: 'not a date' }],
  ['null', null],
  ['array', [ok]],
  ['string', 'message'],
  ['number', 42],
  ['no type', { ...ok, type: undefined }],
  ['empty type', { ...ok, type: '' }],
  ['type 64', { ...ok, type: 't'.repeat(64) }],
  ['type 65', { ...ok, type: 't'.repeat(65) }],
  ['type number', { ...ok, type: 1 }],
  ['no channel', { ...ok, channelId: undefined }],
  ['channel 65', { ...ok, channelId: 'c'.repeat(65) }],
  ['conversation missing', { ...ok, conversation: undefined }],
  ['conversation null', { ...ok, conversation: null }],
  ['conversation array', { ...ok, conversation: [{ id: 'c' }] }],
  ['conversation id empty', { ...ok, conversation: { id: '' } }],
  ['conversation id 256', { ...ok, conversation: { id: 'i'.repeat(256) } }],
  ['conversation id 257', { ...ok, conversation: { id: 'i'.repeat(257) } }],
  ['conversation id number', { ...ok, conversation: { id: 7 } }],
  ['serviceUrl null', { ...ok, serviceUrl: null }],
  ['serviceUrl empty', { ...ok, serviceUrl: '' }],
  ['serviceUrl 2049', { ...ok, serviceUrl: 'u'.repeat(2049) }],
  ['text null', { ...ok, text: null }],
  ['text empty', { ...ok, text: '' }],
  ['text long (cut off)', { ...ok, text: 'x'.repeat(20_000) }],
  ['text long, cut between a surrogate pair', { ...ok, text: `${'x'.repeat(MAX_TEXT_CHARS - 1)}💥💥` }],
  ['value.text long (a card button, cut off)', { ...ok, value: { text: 'y'.repeat(5_000), other: 1 } }],
  ['value.text number', { ...ok, value: { text: 3 } }],
  ['text object', { ...ok, text: { a: 1 } }],
  ['text number', { ...ok, text: 5 }],
  ['channel blank', { ...ok, channelId: '   ' }],
  ['conversationType number', { ...ok, conversation: { id: 'c', conversationType: 3 } }],
  ['conversationType null', { ...ok, conversation: { id: 'c', conversationType: null } }],
  ['from string', { ...ok, from: 'me' }],
  ['from id number', { ...ok, from: { id: 3 } }],
  ['from name null', { ...ok, from: { id: 'u', name: null } }],
  ['recipient array', { ...ok, recipient: [{}] }],
  ['membersAdded string', { ...ok, membersAdded: ' ' }],
  ['membersAdded object', { ...ok, membersAdded: {} }],
  ['membersAdded of strings', { ...ok, membersAdded: ['a'] }],
  ['membersAdded valid', { ...ok, membersAdded: [{ id: 'u' }, { id: 'b', name: 'Bot' }] }],
  ['membersRemoved number', { ...ok, membersRemoved: 1 }],
  ['entities string', { ...ok, entities: 'mention' }],
  ['entities null', { ...ok, entities: null }],
  ['entities of numbers', { ...ok, entities: [1] }],
  ['attachments object', { ...ok, attachments: {} }],
  ['attachments valid', { ...ok, attachments: [{ contentType: 'image/png' }] }],
  ['deliveryMode array', { ...ok, deliveryMode: [] }],
  ['replyToId object', { ...ok, replyToId: {} }],
  ['locale object', { ...ok, locale: { id: null } }],
  ['timestamp array', { ...ok, timestamp: [{}] }],
  ['suggestedActions number', { ...ok, suggestedActions: 0 }],
  ['suggestedActions array', { ...ok, suggestedActions: [] }],
  ['value and channelData anything', { ...ok, value: [1, 'x'], channelData: 'x' }],
];

/** Dates as text (an invalid Date never equals another in toEqual). */
const plain = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v ?? null, function (key, value) {
    const raw = (this as Record<string, unknown>)[key];
    return raw instanceof Date ? `Date(${String(raw)})` : value;
  }));

describe('checkActivity', () => {
  it.each(cases)('%s: as the zod schema decides', (_name, body) => {
    const expected = bySchema(structuredClone(body));
    const actual = checkActivity(structuredClone(body));
    expect(plain(actual)).toEqual(plain(expected));
  });

  it('names what is wrong, for the log', () => {
    expect(activityProblem([ok])).toBe('not a JSON object');
    expect(activityProblem({ ...ok, conversation: { id: 'i'.repeat(MAX_CONVERSATION_ID + 1) } })).toBe('conversation.id');
    expect(activityProblem({ ...ok, from: { id: 3 } })).toBe('from');
    expect(activityProblem(structuredClone(ok))).toBeUndefined();
  });

  it('cuts long text to MAX_TEXT_CHARS, never splitting a character', () => {
    const a = checkActivity({ ...ok, text: `${'x'.repeat(MAX_TEXT_CHARS - 1)}💥` }) as { text: string };
    expect(a.text).toBe('x'.repeat(MAX_TEXT_CHARS - 1));
  });
});
