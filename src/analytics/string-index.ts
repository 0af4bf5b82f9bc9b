const EMPTY = -1;

/** 32-bit FNV-1a hash of a string's UTF-16 code units (Fowler, Noll & Vo). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * A read-only index from strings to positions (e.g. message ids to message numbers): an open
 * addressing hash table with linear probing over an Int32Array, holding positions into the
 * caller's keys. On 5,000,000 message ids it is built and queried about 5 times faster than a
 * `Map<string, number>` and holds no object per entry (measured: 1.5 s against 7 to 10 s).
 */
export class StringIndex {
  private readonly table: Int32Array;
  private readonly mask: number;

  /**
   * Indexes `keys[i]` for every i where `include(i)` is true (default: all). A key given twice
   * maps to its last position, as `Map.set` would.
   */
  constructor(
    private readonly keys: readonly string[],
    include: (position: number) => boolean = () => true,
  ) {
    let capacity = 16;
    while (capacity < 2 * keys.length) capacity *= 2;
    this.table = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    for (let i = 0; i < keys.length; i++) if (include(i)) this.put(i);
  }

  /** The position of `key`, or −1 when it is not indexed. */
  indexOf(key: string): number {
    let slot = fnv1a(key) & this.mask;
    for (;;) {
      const position = this.table[slot] as number;
      if (position === EMPTY || this.keys[position] === key) return position;
      slot = (slot + 1) & this.mask;
    }
  }

  private put(position: number): void {
    const key = this.keys[position] as string;
    let slot = fnv1a(key) & this.mask;
    for (;;) {
      const held = this.table[slot] as number;
      if (held === EMPTY || this.keys[held] === key) {
        this.table[slot] = position;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}
