import { CosmosClient, type CosmosClientOptions } from '@azure/cosmos';
import type { StoreItem, StoreItems } from 'botbuilder';
import { CosmosDbKeyEscape, CosmosDbPartitionedStorage } from 'botbuilder-azure';
import type { Logger } from '../logger';
import { ETagConflictError, type ConditionalStorage } from './conditional-storage';
import { CreateAgain } from './create-again';

/**
 * Short waits: the SDK's default request timeout is 60 s, and with endpoint discovery on,
 * an endpoint that accepts connections but never answers held a read for minutes in our
 * trial. Channels want their HTTP 200 within 15 s. Without discovery the SDK talks to the
 * account endpoint only, which is what a single-region account needs.
 */
const CLIENT_OPTIONS: Omit<CosmosClientOptions, 'endpoint'> = {
  connectionPolicy: {
    requestTimeout: 2_000,
    enableEndpointDiscovery: false,
    retryOptions: { maxRetryAttemptCount: 2, fixedRetryIntervalInMilliseconds: 200, maxWaitTimeInSeconds: 2 },
  },
};
/** botbuilder's default; create() must escape keys exactly as the storage does. */
const COMPATIBILITY_MODE = true;

export interface CosmosStateOptions {
  endpoint: string;
  key: string;
  databaseId: string;
  containerId: string;
  /** Idle records are deleted by Cosmos DB itself after this (the container's default TTL). */
  ttlSeconds: number;
}

/**
 * Conversation state in Cosmos DB. Reads, updates and deletes are botbuilder-azure's
 * CosmosDbPartitionedStorage: its documents ({ id, realId, document }, partitioned on
 * /id), and If-Match when an item carries an eTag (a stale one fails with code 412).
 *
 * Without an eTag CosmosDbPartitionedStorage upserts, so it can't create a record safely.
 * create() inserts the same document with a plain create, which Cosmos DB refuses with
 * 409 when the id exists: of two processes creating one conversation, exactly one wins.
 *
 * CosmosDbPartitionedStorage reads a missing container as "no record", so the health check
 * reads the container itself; a 404 there, or on a write, creates database and container again.
 */
export class CosmosStateStorage implements ConditionalStorage {
  private readonly client: CosmosClient;
  private readonly storage: CosmosDbPartitionedStorage;
  private readonly createAgain: CreateAgain;

  constructor(
    private readonly options: CosmosStateOptions,
    logger?: Logger,
  ) {
    this.createAgain = new CreateAgain(`Cosmos DB container "${options.databaseId}/${options.containerId}"`, () => this.prepare(), logger);
    this.client = new CosmosClient({ endpoint: options.endpoint, key: options.key, ...CLIENT_OPTIONS });
    this.storage = new CosmosDbPartitionedStorage({
      cosmosDbEndpoint: options.endpoint,
      authKey: options.key,
      databaseId: options.databaseId,
      containerId: options.containerId,
      compatibilityMode: COMPATIBILITY_MODE,
      cosmosClientOptions: CLIENT_OPTIONS,
    });
  }

  /**
   * Creates the database and container when missing (CosmosDbPartitionedStorage would
   * create only the container, without expiry) and keeps the container's default TTL in
   * step with STATE_TTL_HOURS.
   */
  async prepare(): Promise<void> {
    const { databaseId, containerId, ttlSeconds } = this.options;
    const { database } = await this.client.databases.createIfNotExists({ id: databaseId });
    const { container, resource } = await database.containers.createIfNotExists({
      id: containerId,
      partitionKey: { paths: ['/id'] },
      defaultTtl: ttlSeconds,
    });
    if (resource && resource.defaultTtl !== ttlSeconds) {
      await container.replace({ id: containerId, partitionKey: resource.partitionKey, indexingPolicy: resource.indexingPolicy, defaultTtl: ttlSeconds });
    }
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.storage.read(keys);
  }

  /** For /healthz: the container itself answers (reads of records can't tell it's gone). */
  async healthCheck(): Promise<void> {
    try {
      await this.container().read();
    } catch (error) {
      this.noticeGone(error);
      throw error;
    }
  }

  async write(changes: StoreItems): Promise<void> {
    try {
      await this.storage.write(changes);
    } catch (error) {
      this.noticeGone(error);
      throw error;
    }
  }

  delete(keys: string[]): Promise<void> {
    return this.storage.delete(keys);
  }

  async create(key: string, item: StoreItem): Promise<void> {
    const { eTag: _ignored, ...document } = item;
    void _ignored;
    const id = CosmosDbKeyEscape.escapeKey(key, undefined, COMPATIBILITY_MODE);
    try {
      await this.container().items.create({ id, realId: key, document });
    } catch (error) {
      if ((error as { code?: number }).code === 409) throw new ETagConflictError(key);
      this.noticeGone(error);
      throw error;
    }
  }

  private container() {
    return this.client.database(this.options.databaseId).container(this.options.containerId);
  }

  /** A 404 on the container (or its database): create them again. */
  private noticeGone(error: unknown): void {
    if ((error as { code?: number } | undefined)?.code === 404) this.createAgain.soon();
  }
}
