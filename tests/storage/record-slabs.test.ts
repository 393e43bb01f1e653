/** RecordSlabs: records kept outside the V8 heap, slots reused, memory that stops growing. */
import { RecordSlabs } from '../../src/bot/state/record-slabs';

it('keeps each record with its eTag and expiry, text in any language included', () => {
  const slabs = new RecordSlabs();
  const texts = ['{"a":1}', JSON.stringify({ said: 'Grüße, 你好, 💥', n: 'x'.repeat(1500) }), '{}'];
  const at = texts.map((t, i) => slabs.put(t, 4_000_000_000 + i, 1_733_000_000_000 + i));
  texts.forEach((t, i) => {
    expect(slabs.json(at[i])).toBe(t);
    expect(slabs.eTag(at[i])).toBe(4_000_000_000 + i);
    expect(slabs.expires(at[i])).toBe(1_733_000_000_000 + i);
  });
});

it('reuses a freed slot for the next record of its size, so rewriting records takes no more memory', () => {
  const slabs = new RecordSlabs();
  const record = (n: number) => JSON.stringify({ turn: n, state: 'y'.repeat(250 + (n % 40)) });
  const live = new Map<number, number>();
  for (let n = 0; n < 200_000; n++) {
    const conversation = n % 5_000; // 5,000 conversations, 40 writes each
    const old = live.get(conversation);
    if (old !== undefined) slabs.release(old);
    live.set(conversation, slabs.put(record(n), n, 0));
  }
  expect(slabs.json(live.get(4_999) as number)).toBe(record(199_999));
  // 5,000 live records of ~330 bytes in slots of 64-byte steps: 2-3 MiB, not the 70 MB written.
  expect(slabs.bytes).toBeLessThanOrEqual(3 * 1024 * 1024);
});

it('refuses a record larger than a slab', () => {
  expect(() => new RecordSlabs().put('x'.repeat(2 * 1024 * 1024), 1, 0)).toThrow(RangeError);
});
