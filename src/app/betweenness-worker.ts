/**
 * Worker thread of `parallelBetweenness`: takes the next pivot position from the shared counter
 * until none is left, and posts each pivot's dependencies back (its buffer transferred, not
 * copied). The graph arrays live in SharedArrayBuffers: no copy per worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { dependencySolver } from '../analytics/betweenness.js';
import { PoulsError } from '../model/pouls-error.js';
import type { BetweennessJob } from './parallel-betweenness.js';

const job = workerData as BetweennessJob;
const port = parentPort;
if (port === null) throw new PoulsError('internal', 'betweenness-worker runs as a worker thread');
const solve = dependencySolver({
  nodeCount: job.nodeCount,
  edgeCount: job.targets.length / 2,
  labels: new Int32Array(0),
  offsets: job.offsets,
  targets: job.targets,
  weights: job.weights,
});
for (;;) {
  const position = Atomics.add(job.next, 0, 1);
  if (position >= job.sources.length) break;
  const dependencies = new Float64Array(job.nodeCount);
  solve(job.sources[position] as number, dependencies);
  port.postMessage({ position, dependencies }, [dependencies.buffer]);
}
port.postMessage({ done: true });
