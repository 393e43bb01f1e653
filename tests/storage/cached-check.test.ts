import { cachedCheck } from '../../src/bot/state/cached-check';

it('asks storage at most once per 2 s however often /healthz is called, and reports failures as false', async () => {
  let now = 0;
  let calls = 0;
  let healthy = true;
  const ping = cachedCheck(async () => {
    calls++;
    if (!healthy) throw new Error('ECONNREFUSED');
    return true;
  }, 2_000, () => now);

  expect(await Promise.all([ping(), ping(), ping()])).toEqual([true, true, true]);
  expect(calls).toBe(1);
  healthy = false;
  now = 1_999;
  expect(await ping()).toBe(true);
  expect(calls).toBe(1);
  now = 2_000;
  expect(await ping()).toBe(false);
  expect(calls).toBe(2);
  healthy = true;
  now = 4_100;
  expect(await ping()).toBe(true);
});
