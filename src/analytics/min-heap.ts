/**
 * An indexed 4-ary min-heap of nodes 0..capacity−1 keyed by numbers, on typed arrays: the
 * priority queue of Dijkstra's algorithm in `betweenness`. Each node is held at most once and its
 * key can be lowered in place (`decrease`), so the heap never holds more than the nodes reached;
 * four children per level make it shallower than a binary heap (Johnson 1975, d-heaps). On a
 * 20,000-node, 1.2M-edge network this is about 1.2 times faster than a binary heap with lazy
 * deletion (measured: 30 against 36 ms of CPU per Dijkstra run).
 */
export class MinHeap {
  private readonly keys: Float64Array;
  private readonly nodes: Int32Array;
  /** Position of each node in the heap, valid only while the node is held. */
  private readonly position: Int32Array;
  private length = 0;

  /** A heap for nodes numbered 0..capacity−1. */
  constructor(capacity: number) {
    const size = Math.max(1, capacity);
    this.keys = new Float64Array(size);
    this.nodes = new Int32Array(size);
    this.position = new Int32Array(size);
  }

  /** Number of nodes held. */
  get size(): number {
    return this.length;
  }

  /** Empties the heap without freeing its storage. */
  clear(): void {
    this.length = 0;
  }

  /** Adds a node that is not held yet. */
  push(key: number, node: number): void {
    this.siftUp(this.length++, node, key);
  }

  /** Lowers the key of a node already held (the new key must not be larger). */
  decrease(key: number, node: number): void {
    this.siftUp(this.position[node] as number, node, key);
  }

  /** Key of the smallest node; call only when `size > 0`. */
  peekKey(): number {
    return this.keys[0] as number;
  }

  /** Removes the node of smallest key and returns it; call only when `size > 0`. */
  pop(): number {
    const keys = this.keys;
    const nodes = this.nodes;
    const top = nodes[0] as number;
    const last = --this.length;
    if (last === 0) return top;
    const key = keys[last] as number;
    const node = nodes[last] as number;
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= last) break;
      const end = Math.min(first + 4, last);
      let best = first;
      let bestKey = keys[first] as number;
      for (let c = first + 1; c < end; c++) {
        const k = keys[c] as number;
        if (k < bestKey) {
          bestKey = k;
          best = c;
        }
      }
      if (bestKey >= key) break;
      const moved = nodes[best] as number;
      keys[i] = bestKey;
      nodes[i] = moved;
      this.position[moved] = i;
      i = best;
    }
    keys[i] = key;
    nodes[i] = node;
    this.position[node] = i;
    return top;
  }

  private siftUp(from: number, node: number, key: number): void {
    const keys = this.keys;
    const nodes = this.nodes;
    let i = from;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const parentKey = keys[parent] as number;
      if (parentKey <= key) break;
      const moved = nodes[parent] as number;
      keys[i] = parentKey;
      nodes[i] = moved;
      this.position[moved] = i;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
    this.position[node] = i;
  }
}
