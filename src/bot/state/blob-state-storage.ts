import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { StoreItem, StoreItems } from 'botbuilder';
// The blob name botbuilder-azure-blobs' BlobsStorage gives a key (not in the package's index).
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { json } from 'stream/consumers';
import type { Logger } from '../logger';
import { ETagConflictError, type ConditionalStorage } from './conditional-storage';
import { CreateAgain, StorageGoneError } from './create-again';

/**
 * Each call gives up after 3 s, so a turn (a read and a write) answers well within the
 * 15 s channels allow. The SDK itself can't do this: its tryTimeoutInMs is only a
 * server-side timeout, and against an endpoint that never answers a call waited for
 * ever; its default retries (4 tries, 4 s apart) kept a turn 16 s on a refused connection.
 */
const CALL_TIMEOUT_MS = 3_000;
const PIPELINE: StoragePipelineOptions = {
  retryOptions: { maxTries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 },
};

/**
 * Conversation state in Azure Blob Storage, in the format of botbuilder-azure-blobs'
 * BlobsStorage (same blob names, the item as JSON without its eTag, the blob's ETag as
 * the item's eTag), so records written by either are read by the other.
 *
 * Why not BlobsStorage itself: it writes without a condition when an item has no eTag
 * (two processes creating one conversation would both win), it cannot cancel a call to an
 * endpoint that hangs, and it caches a failed container creation for the life of the
 * process. Here: updates use If-Match (412 when someone wrote since the read), creates use
 * If-None-Match: * (409 when the blob exists), and every call has a deadline.
 *
 * A container that has gone (deleted, or lost) is not "no conversation yet": reads fail
 * (so /healthz, which reads, answers 503 and turns apologize) and it is created again.
 */
export class BlobStateStorage implements ConditionalStorage {
  private readonly container: ContainerClient;
  private readonly createAgain: CreateAgain;

  constructor(connectionString: string, containerName: string, logger?: Logger) {
    this.container = new ContainerClient(connectionString, containerName, PIPELINE);
    this.createAgain = new CreateAgain(`Blob container "${containerName}"`, () => this.prepare(), logger);
  }

  /** The container's address without any SAS token, safe to show in messages. */
  get location(): string {
    const url = new URL(this.container.url);
    return `${url.origin}${url.pathname}`;
  }

  /** Creates the container when missing. */
  async prepare(): Promise<void> {
    await this.container.createIfNotExists({ abortSignal: deadline() });
  }

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        try {
          const blob = await this.blob(key).download(0, undefined, { abortSignal: deadline() });
          if (blob.readableStreamBody) out[key] = { ...((await json(blob.readableStreamBody)) as object), eTag: blob.etag };
        } catch (error) {
          this.noticeGone(error);
          if (statusOf(error) !== 404) throw error;
        }
      }),
    );
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const eTag = item?.eTag as string | undefined;
        await this.upload(key, item, eTag && eTag !== '*' ? { ifMatch: eTag } : {});
      }),
    );
  }

  create(key: string, item: StoreItem): Promise<void> {
    return this.upload(key, item, { ifNoneMatch: '*' });
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.blob(key).deleteIfExists({ abortSignal: deadline() })));
  }

  private blob(key: string) {
    return this.container.getBlockBlobClient(sanitizeBlobKey(key));
  }

  private async upload(key: string, item: StoreItem, conditions: { ifMatch?: string; ifNoneMatch?: string }): Promise<void> {
    const { eTag: _ignored, ...record } = item ?? {};
    void _ignored;
    const body = JSON.stringify(record);
    try {
      await this.blob(key).upload(body, Buffer.byteLength(body), {
        conditions,
        blobHTTPHeaders: { blobContentType: 'application/json' },
        abortSignal: deadline(),
      });
    } catch (error) {
      // 412 ConditionNotMet: changed (or deleted) since read; 409 BlobAlreadyExists: created meanwhile.
      const status = statusOf(error);
      if (status === 412 || (status === 409 && conditions.ifNoneMatch)) throw new ETagConflictError(key);
      this.noticeGone(error);
      throw error;
    }
  }

  /** 404 ContainerNotFound: start creating it again, and fail the call. */
  private noticeGone(error: unknown): void {
    if (statusOf(error) !== 404 || (error as { code?: string }).code !== 'ContainerNotFound') return;
    this.createAgain.soon();
    throw new StorageGoneError('the Blob container');
  }
}

function deadline(): AbortSignal {
  return AbortSignal.timeout(CALL_TIMEOUT_MS);
}

function statusOf(error: unknown): number | undefined {
  return (error as { statusCode?: number } | undefined)?.statusCode;
}
