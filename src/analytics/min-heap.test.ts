import { describe, expect, it } from 'vitest';
import { MinHeap } from './min-heap.js';

describe('MinHeap', () => {
  it('pops nodes by increasing key and grows past its capacity', () => {
    const heap = new MinHeap(2);
    const keys = [5, 1, 4, 1.5, 3, 0, 2];
    keys.forEach((key, node) => {
      heap.push(key, node);
    });
    const order: number[] = [];
    while (heap.size > 0) order.push(heap.pop());
    expect(order).toEqual([5, 1, 3, 6, 4, 2, 0]);
  });
});
