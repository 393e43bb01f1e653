import { z } from 'zod';
import { checkActivity } from '../../src/bot/http/activity-check';

/** The zod schema checkActivity was written from: the specification it must keep. */
const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
    serviceUrl: z.string().max(2048).optional(),
    text: z.string().max(10_000).optional(),
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
  ['conversation id 1024', { ...ok, conversation: { id: 'i'.repeat(1024) } }],
  ['conversation id 1025', { ...ok, conversation: { id: 'i'.repeat(1025) } }],
  ['conversation id number', { ...ok, conversation: { id: 7 } }],
  ['serviceUrl null', { ...ok, serviceUrl: null }],
  ['serviceUrl empty', { ...ok, serviceUrl: '' }],
  ['serviceUrl 2049', { ...ok, serviceUrl: 'u'.repeat(2049) }],
  ['text null', { ...ok, text: null }],
  ['text empty', { ...ok, text: '' }],
  ['text 10000', { ...ok, text: 'x'.repeat(10_000) }],
  ['text 10001', { ...ok, text: 'x'.repeat(10_001) }],
  ['text object', { ...ok, text: { a: 1 } }],
  ['text emoji at the limit', { ...ok, text: '😀'.repeat(5000) }],
  ['text emoji over the limit', { ...ok, text: `${'😀'.repeat(5000)}x` }],
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
});
