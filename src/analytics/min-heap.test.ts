import { describe, expect, it } from 'vitest';
import { MinHeap } from './min-heap.js';
import { mulberry32 } from './mulberry32.js';

describe('MinHeap', () => {
  it('pops nodes by increasing key', () => {
    const keys = [5, 1, 4, 1.5, 3, 0, 2];
    const heap = new MinHeap(keys.length);
    keys.forEach((key, node) => {
      heap.push(key, node);
    });
    const order: number[] = [];
    while (heap.size > 0) order.push(heap.pop());
    expect(order).toEqual([5, 1, 3, 6, 4, 2, 0]);
  });

  it('lowers a held key in place', () => {
    const heap = new MinHeap(4);
    heap.push(10, 0);
    heap.push(20, 1);
    heap.push(30, 2);
    heap.decrease(5, 2);
    expect(heap.peekKey()).toBe(5);
    expect([heap.pop(), heap.pop(), heap.pop()]).toEqual([2, 0, 1]);
    expect(heap.size).toBe(0);
  });

  it('agrees with a sort on random pushes, decreases and pops (seeded)', () => {
    const random = mulberry32(7);
    const n = 500;
    const heap = new MinHeap(n);
    const key = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    const held = new Set<number>();
    const popped: number[] = [];
    for (let step = 0; step < 5000; step++) {
      const node = Math.floor(random() * n);
      const k = Math.floor(random() * 1000);
      if (!held.has(node) && key[node] === Number.POSITIVE_INFINITY) {
        heap.push(k, node);
        held.add(node);
        key[node] = k;
      } else if (held.has(node) && k < (key[node] as number)) {
        heap.decrease(k, node);
        key[node] = k;
      } else if (heap.size > 0) {
        const smallest = Math.min(...[...held].map((v) => key[v] as number));
        expect(heap.peekKey()).toBe(smallest);
        const v = heap.pop();
        expect(key[v]).toBe(smallest);
        held.delete(v);
        popped.push(v);
      }
    }
    expect(heap.size).toBe(held.size);
    expect(popped.length).toBeGreaterThan(100);
  });
});
