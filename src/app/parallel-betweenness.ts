import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  addDependencies,
  type BetweennessPlan,
  type BetweennessResult,
  degreeOrdered,
  dependencySums,
  normaliseBetweenness,
} from '../analytics/betweenness.js';
import type { WeightedGraph } from '../analytics/weighted-graph.js';
import { PoulsError } from '../model/pouls-error.js';

/** What each worker receives: the graph and the sources in shared memory, and a shared counter. */
export interface BetweennessJob {
  readonly nodeCount: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  readonly sources: Int32Array;
  /** Next source position to take (`Atomics.add`). */
  readonly next: Int32Array;
}

/** Options of `parallelBetweenness`. */
export interface ParallelBetweennessOptions {
  /** Worker threads (default `os.availableParallelism()`); 1 computes on the calling thread. */
  readonly threads?: number;
  /** The compiled worker script (default: `betweenness-worker.js` beside this module). */
  readonly workerUrl?: URL;
}

type WorkerMessage = { position: number; dependencies: Float64Array } | { done: true };

/**
 * Betweenness of `graph` over `plan.sources`, the sources shared among worker threads. Each
 * source's dependencies are added to the sums in source order, whatever thread computed them and
 * whenever they arrive, so the result is bit-identical to `dependencySums` on one thread and does
 * not depend on the number of threads. Exact plans (small graphs) and `threads: 1` stay on the
 * calling thread: no worker start-up.
 */
export async function parallelBetweenness(
  graph: WeightedGraph,
  plan: BetweennessPlan,
  options: ParallelBetweennessOptions = {},
): Promise<BetweennessResult> {
  const threads = Math.min(options.threads ?? availableParallelism(), plan.sources.length);
  if (!plan.approximate || threads <= 1) {
    return normaliseBetweenness(dependencySums(graph, plan.sources), plan);
  }
  // The same renumbering as `dependencySums`, so that the sums are the same bits.
  const ordered = degreeOrdered(graph, plan.sources);
  const job: BetweennessJob = {
    nodeCount: graph.nodeCount,
    offsets: shared(ordered.graph.offsets, Int32Array),
    targets: shared(ordered.graph.targets, Int32Array),
    weights: shared(ordered.graph.weights, Float64Array),
    sources: shared(ordered.sources, Int32Array),
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
  const url = options.workerUrl ?? new URL('./betweenness-worker.js', import.meta.url);
  const sums = await runWorkers(job, threads, url);
  return normaliseBetweenness(ordered.restore(sums), plan);
}

/** Starts `threads` workers on `job` and folds their per-source results in source order. */
function runWorkers(job: BetweennessJob, threads: number, url: URL): Promise<Float64Array> {
  const sums = new Float64Array(job.nodeCount);
  const waiting = new Map<number, Float64Array>();
  const workers: Worker[] = [];
  let merged = 0;
  let finished = 0;
  return new Promise<Float64Array>((resolve, reject) => {
    const fail = (cause: unknown): void => {
      for (const w of workers) void w.terminate();
      reject(new PoulsError('internal', 'a betweenness worker failed', { cause }));
    };
    const receive = (message: WorkerMessage): void => {
      if ('done' in message) finished++;
      else waiting.set(message.position, message.dependencies);
      for (let next = waiting.get(merged); next !== undefined; next = waiting.get(merged)) {
        addDependencies(sums, next);
        waiting.delete(merged++);
      }
      if (finished === threads) {
        if (merged === job.sources.length) resolve(sums);
        else fail(new Error(`merged ${merged} of ${job.sources.length} sources`));
      }
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(url, { workerData: job });
      worker.on('message', receive);
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`worker exited with code ${code}`));
      });
      workers.push(worker);
    }
  });
}

/** A copy of `array` in a SharedArrayBuffer, readable by every worker without a copy each. */
function shared<T extends Int32Array | Float64Array>(
  array: T,
  Kind: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number },
): T {
  const copy = new Kind(new SharedArrayBuffer(array.length * Kind.BYTES_PER_ELEMENT));
  copy.set(array);
  return copy;
}
