/**
 * BlobStateStorage against a real Azurite: how Blob Storage applies eTags, and that
 * isConflict recognises every way a lost race comes back.
 */
import { ContainerClient } from '@azure/storage-blob';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { BlobStateStorage } from '../../src/bot/state/blob-state-storage';
import { isConflict } from '../../src/bot/state/conditional-storage';
import { startAzurite, type Azurite } from '../support/azurite';

let azurite: Azurite;
let storage: BlobStateStorage;
beforeAll(async () => {
  azurite = await startAzurite();
  storage = new BlobStateStorage(azurite.connectionString, 'etag-test');
  await storage.prepare(); // creates the container
});
afterAll(async () => {
  await azurite?.dispose();
});

const key = (name: string) => `webchat/conversations/${name}|with spaces/and?odd:chars`;

it('creates a record only if none exists, in the format BlobsStorage reads', async () => {
  const k = key('create');
  await storage.create(k, { n: 1, eTag: 'ignored' });
  const conflict = await storage.create(k, { n: 2 }).catch((e) => e);
  expect(isConflict(conflict)).toBe(true);
  const plain = await new BlobsStorage(azurite.connectionString, 'etag-test').read([k]);
  expect(plain[k]).toMatchObject({ n: 1 });
});

it('updates only with the eTag read: a second writer with the same eTag loses', async () => {
  const k = key('update');
  await storage.create(k, { n: 1 });
  const { [k]: first } = await storage.read([k]);
  await storage.write({ [k]: { n: 2, eTag: first.eTag } });
  const stale = await storage.write({ [k]: { n: 3, eTag: first.eTag } }).catch((e) => e);
  expect(stale).toBeInstanceOf(Error);
  expect(isConflict(stale)).toBe(true);
  expect((await storage.read([k]))[k].n).toBe(2);
});

it('an update of a record deleted meanwhile is a conflict too, not a silent re-create', async () => {
  const k = key('deleted');
  await storage.create(k, { n: 1 });
  const { [k]: read } = await storage.read([k]);
  await storage.delete([k]);
  expect(isConflict(await storage.write({ [k]: { n: 2, eTag: read.eTag } }).catch((e) => e))).toBe(true);
  expect(await storage.read([k])).toEqual({});
});

it('reads and updates records BlobsStorage wrote, with their eTag', async () => {
  const k = key('compat');
  const stock = new BlobsStorage(azurite.connectionString, 'etag-test');
  await stock.write({ [k]: { n: 1 } });
  const { [k]: read } = await storage.read([k]);
  expect(read).toMatchObject({ n: 1, eTag: (await stock.read([k]))[k].eTag });
  await storage.write({ [k]: { n: 2, eTag: read.eTag } });
  expect((await stock.read([k]))[k].n).toBe(2);
});

it('stock BlobsStorage without an eTag overwrites: why create() exists', async () => {
  const k = key('stock');
  const stock = new BlobsStorage(azurite.connectionString, 'etag-test');
  await stock.write({ [k]: { who: 'first' } });
  await stock.write({ [k]: { who: 'second' } }); // no error: the first is gone
  expect((await stock.read([k]))[k].who).toBe('second');
});

it("isConflict recognises the SDKs' own lost-race errors, and not other failures", async () => {
  const k = key('raw');
  const stock = new BlobsStorage(azurite.connectionString, 'etag-test');
  await stock.write({ [k]: { n: 1 } });
  const { [k]: read } = await stock.read([k]);
  await stock.write({ [k]: { n: 2, eTag: read.eTag } });
  expect(isConflict(await stock.write({ [k]: { n: 3, eTag: read.eTag } }).catch((e) => e))).toBe(true); // "... due to eTag conflict."

  const blob = new ContainerClient(azurite.connectionString, 'etag-test').getBlockBlobClient('raw-sdk');
  await blob.upload('{}', 2);
  expect(isConflict(await blob.upload('{}', 2, { conditions: { ifMatch: read.eTag } }).catch((e) => e))).toBe(true); // 412 ConditionNotMet
  expect(isConflict(await blob.upload('{}', 2, { conditions: { ifNoneMatch: '*' } }).catch((e) => e))).toBe(true); // 409 BlobAlreadyExists
  const missing = new ContainerClient(azurite.connectionString, 'no-such-container').getBlockBlobClient('x');
  expect(isConflict(await missing.upload('{}', 2).catch((e) => e))).toBe(false); // 404 ContainerNotFound
});
