/** Memory is taken from the system in slabs of this size (touched pages only count as resident). */
const SLAB_BYTES = 1024 * 1024;
/** Slots come in steps of this size; a freed slot is reused by a record of the same step. */
const STEP = 64;
/** Per slot: the record's byte length (u32), its eTag (u32), its expiry (f64, ms). */
const HEADER = 16;

/**
 * Conversation records (JSON text), their eTags and expiry times, kept outside the V8 heap.
 *
 * Why: kept as JS strings, every stored record pinned a page of V8's old space among the
 * short-lived objects of the turn that wrote it. After a full GC the old space held 42-54 MB
 * for 34 MB of live objects at 20,000 conversations, and that spread decided whether RSS
 * stayed within 1.3x of its size at 1,000 (bench/memory.ts). Here the heap keeps only a key
 * and a number per conversation; the records sit in 1 MiB slabs, in slots of 64-byte steps,
 * and a freed slot is reused by the next record of its size.
 */
export class RecordSlabs {
  private readonly slabs: Buffer[] = [];
  private top = SLAB_BYTES;
  private readonly freeSlots = new Map<number, number[]>();

  /** Stores a record; returns where (a number, small enough to be a Smi while under 2 GiB). */
  put(json: string, eTag: number, expires: number): number {
    const length = Buffer.byteLength(json);
    const size = slotSize(length);
    const position = this.take(size);
    const [slab, offset] = this.locate(position);
    slab.writeUInt32LE(length, offset);
    slab.writeUInt32LE(eTag >>> 0, offset + 4);
    slab.writeDoubleLE(expires, offset + 8);
    slab.write(json, offset + HEADER, length, 'utf8');
    return position;
  }

  json(position: number): string {
    const [slab, offset] = this.locate(position);
    return slab.toString('utf8', offset + HEADER, offset + HEADER + slab.readUInt32LE(offset));
  }

  eTag(position: number): number {
    const [slab, offset] = this.locate(position);
    return slab.readUInt32LE(offset + 4);
  }

  expires(position: number): number {
    const [slab, offset] = this.locate(position);
    return slab.readDoubleLE(offset + 8);
  }

  /** The slot is free for the next record of its size. */
  release(position: number): void {
    const [slab, offset] = this.locate(position);
    const size = slotSize(slab.readUInt32LE(offset));
    let list = this.freeSlots.get(size);
    if (!list) this.freeSlots.set(size, (list = []));
    list.push(position);
  }

  /** Bytes taken from the system so far. */
  get bytes(): number {
    return this.slabs.reduce((sum, s) => sum + s.length, 0);
  }

  private take(size: number): number {
    const reused = this.freeSlots.get(size)?.pop();
    if (reused !== undefined) return reused;
    // Records stay under 2 KB (request bodies under 256 KB): one over a slab is a bug, refused.
    if (size > SLAB_BYTES) throw new RangeError(`a conversation record of ${size} bytes`);
    if (this.top + size > SLAB_BYTES) {
      this.slabs.push(Buffer.allocUnsafeSlow(SLAB_BYTES));
      this.top = 0;
    }
    const position = (this.slabs.length - 1) * SLAB_BYTES + this.top;
    this.top += size;
    return position;
  }

  private locate(position: number): [Buffer, number] {
    const index = Math.floor(position / SLAB_BYTES);
    return [this.slabs[index], position - index * SLAB_BYTES];
  }
}

function slotSize(length: number): number {
  return Math.ceil((length + HEADER) / STEP) * STEP;
}
