/**
 * A binary min-heap of (key, node) pairs on typed arrays, with lazy deletion left to the caller:
 * the priority queue of Dijkstra's algorithm in `betweenness`.
 */
export class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.nodes = new Int32Array(Math.max(1, capacity));
  }

  /** Number of pairs held. */
  get size(): number {
    return this.length;
  }

  /** Empties the heap without freeing its storage. */
  clear(): void {
    this.length = 0;
  }

  /** Adds a pair, growing the storage when full. */
  push(key: number, node: number): void {
    if (this.length === this.keys.length) this.grow();
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = this.keys[parent] as number;
      if (parentKey <= key) break;
      this.keys[i] = parentKey;
      this.nodes[i] = this.nodes[parent] as number;
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  /** Key of the smallest pair; call only when `size > 0`. */
  peekKey(): number {
    return this.keys[0] as number;
  }

  /** Removes the smallest pair and returns its node; call only when `size > 0`. */
  pop(): number {
    const top = this.nodes[0] as number;
    const last = --this.length;
    const key = this.keys[last] as number;
    const node = this.nodes[last] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && (this.keys[child + 1] as number) < (this.keys[child] as number))
        child++;
      if ((this.keys[child] as number) >= key) break;
      this.keys[i] = this.keys[child] as number;
      this.nodes[i] = this.nodes[child] as number;
      i = child;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const nodes = new Int32Array(this.nodes.length * 2);
    keys.set(this.keys);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}
