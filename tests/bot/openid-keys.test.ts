/**
 * OpenIdKeys against a real (local) key service, with a clock moved by hand: keys due for
 * their daily refresh are still used at once while the refresh runs in the background.
 */
import { OpenIdKeys } from '../../src/bot/http/openid-keys';
import { createLogger } from '../../src/bot/logger';
import { startOpenIdStandIn, type OpenIdStandIn } from '../support/openid-standin';

let openid: OpenIdStandIn;
beforeAll(async () => {
  openid = await startOpenIdStandIn(['webchat']);
});
afterAll(async () => {
  await openid.close();
});

it('refreshes keys a day old in the background, answering from the cache meanwhile', async () => {
  let now = 1_000_000;
  const keys = new OpenIdKeys(openid.metadataUrl, createLogger('silent'), () => now);
  expect((await keys.getKey('test-key'))?.key).toMatch(/BEGIN PUBLIC KEY/);
  const fetched = openid.requests(); // metadata and key set

  now += 25 * 3600_000;
  openid.hang(true);
  const started = Date.now();
  expect(await keys.getKey('test-key')).not.toBeNull();
  expect(Date.now() - started).toBeLessThan(100); // not waiting for the hung service
  await new Promise((r) => setTimeout(r, 50));
  expect(openid.requests()).toBe(fetched + 1); // the background refresh asked for the metadata

  // Its failure is remembered: the next turns don't each start another refresh.
  await new Promise((r) => setTimeout(r, 4_200));
  expect(await keys.getKey('test-key')).not.toBeNull();
  expect(openid.requests()).toBe(fetched + 1);
  openid.hang(false);
});

it('answers null, without waiting, for an unknown key it looked for a moment ago', async () => {
  const keys = new OpenIdKeys(openid.metadataUrl, createLogger('silent'));
  expect(await keys.getKey('nobody')).toBeNull(); // loads, then looks once more: not there
  const asked = openid.requests();
  expect(await keys.getKey('nobody')).toBeNull();
  expect(openid.requests()).toBe(asked);
});
