import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { StoreItem, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
// The blob name BlobsStorage gives a key; not re-exported by the package's index.
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { ETagConflictError, type ConditionalStorage } from './conditional-storage';

/**
 * Short retries: the SDK's default (4 tries, 4 s apart, exponential) keeps a turn waiting
 * about 16 s when storage is down, and channels want their HTTP 200 within 15 s. A try
 * that hangs is cut at 2 s; two tries of a read and a write stay well inside the budget.
 */
const PIPELINE: StoragePipelineOptions = {
  retryOptions: { maxTries: 2, tryTimeoutInMs: 2_000, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 },
};

/**
 * Conversation state in Azure Blob Storage. Reads, updates and deletes are BlobsStorage's
 * (botbuilder-azure-blobs): its blob names and JSON, the container created when missing,
 * and If-Match when an item carries an eTag (a stale one fails with "eTag conflict").
 *
 * Without an eTag BlobsStorage overwrites, so it can't create a record safely. create()
 * uploads the same blob itself with If-None-Match: *, which Blob Storage refuses with
 * 409 BlobAlreadyExists when the blob exists: of two processes creating one conversation,
 * exactly one wins and the other runs its turn again on what the winner saved.
 */
export class BlobStateStorage implements ConditionalStorage {
  private readonly blobs: BlobsStorage;
  private readonly container: ContainerClient;

  constructor(connectionString: string, containerName: string) {
    this.blobs = new BlobsStorage(connectionString, containerName, { storagePipelineOptions: PIPELINE });
    this.container = new ContainerClient(connectionString, containerName, PIPELINE);
  }

  /** The container's address without any SAS token, safe to show in messages. */
  get location(): string {
    const url = new URL(this.container.url);
    return `${url.origin}${url.pathname}`;
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.blobs.read(keys);
  }

  write(changes: StoreItems): Promise<void> {
    return this.blobs.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.blobs.delete(keys);
  }

  /** The container exists: every create follows a read, and BlobsStorage creates it on the first. */
  async create(key: string, item: StoreItem): Promise<void> {
    const { eTag: _ignored, ...record } = item;
    void _ignored;
    const body = JSON.stringify(record);
    try {
      await this.container.getBlockBlobClient(sanitizeBlobKey(key)).upload(body, Buffer.byteLength(body), {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 409 || status === 412) throw new ETagConflictError(key);
      throw error;
    }
  }
}
