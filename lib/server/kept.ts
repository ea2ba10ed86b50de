// Bytes that take long to make and depend only on their key, kept in this
// process: the Word files and the PNG drawings of charts and share images. A
// key names everything the bytes are made from (the SVG itself, or a report
// and the moment its published data last changed), so a change of data asks
// for a new key and nothing kept is ever out of date; the oldest go first
// once the budget is spent.

export class KeptBytes {
  readonly #entries = new Map<string, Uint8Array<ArrayBuffer>>();
  readonly #making = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  get size() {
    return this.#entries.size;
  }

  /** The bytes kept for `key`, or `make`'s, kept; callers asking for the same key meanwhile share one making. */
  async keep(key: string, make: () => Promise<Uint8Array<ArrayBuffer>> | Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
    const kept = this.#take(key);
    if (kept) return kept;
    const making = this.#making.get(key);
    if (making) return making;
    const promise = (async () => make())().then(
      (bytes) => {
        this.#set(key, bytes);
        return bytes;
      },
      // A failure is not kept: the next caller tries again.
    ).finally(() => this.#making.delete(key));
    this.#making.set(key, promise);
    return promise;
  }

  /** The same, for bytes made at once. */
  keepNow(key: string, make: () => Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
    const kept = this.#take(key) ?? make();
    this.#set(key, kept);
    return kept;
  }

  #take(key: string): Uint8Array<ArrayBuffer> | undefined {
    const kept = this.#entries.get(key);
    if (kept) {
      // Used again: now the newest.
      this.#entries.delete(key);
      this.#entries.set(key, kept);
    }
    return kept;
  }

  #set(key: string, bytes: Uint8Array<ArrayBuffer>) {
    if (bytes.byteLength > this.maxBytes) return;
    const old = this.#entries.get(key);
    if (old) {
      this.#entries.delete(key);
      this.#bytes -= old.byteLength;
    }
    for (const [oldest, value] of this.#entries) {
      if (this.#bytes + bytes.byteLength <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= value.byteLength;
    }
    this.#entries.set(key, bytes);
    this.#bytes += bytes.byteLength;
  }
}
