import { mulberry32 } from './mulberry32.js';
import type { WeightedGraph } from './weighted-graph.js';

/** Options of `layout`. */
export interface LayoutOptions {
  seed: number;
  /** Force iterations (default 100): the run time is bounded by iterations × (n + m). */
  iterations?: number;
}

/**
 * Positions for drawing the network: a seeded Fruchterman–Reingold (1991) layout with their grid
 * variant (repulsion k²/d only from nodes closer than 2k, found through a grid of 2k cells),
 * attraction d²/k · (1 + ln w) along edges, a weak gravity k·d towards the centre that keeps
 * components together, a linearly cooling temperature and the frame [0, 1]². The result is
 * scaled to fill [0, 1] on its longer side and rounded to 4 decimals. Returns x0, y0, x1, y1...
 * @example layout(graphFromEdges(2, [[0, 1]]), { seed: 1 }) // Float64Array(4)
 */
export function layout(graph: WeightedGraph, options: LayoutOptions): Float64Array {
  const n = graph.nodeCount;
  const iterations = options.iterations ?? 100;
  const random = mulberry32(options.seed);
  const pos = Float64Array.from({ length: 2 * n }, () => random());
  if (n < 2) return pos.fill(0.5);
  const k = Math.sqrt(1 / n);
  const disp = new Float64Array(2 * n);
  const grid = new SpatialGrid(n, 2 * k);
  for (let it = 0; it < iterations; it++) {
    const temperature = 0.1 * (1 - it / iterations);
    disp.fill(0);
    grid.fill(pos);
    grid.repel(pos, disp, k);
    attract(graph, pos, disp, k);
    for (let v = 0; v < n; v++) {
      const dx = (disp[2 * v] as number) + k * (0.5 - (pos[2 * v] as number));
      const dy = (disp[2 * v + 1] as number) + k * (0.5 - (pos[2 * v + 1] as number));
      const length = Math.sqrt(dx * dx + dy * dy);
      if (length === 0) continue;
      const step = Math.min(length, temperature) / length;
      pos[2 * v] = clamp01((pos[2 * v] as number) + dx * step);
      pos[2 * v + 1] = clamp01((pos[2 * v + 1] as number) + dy * step);
    }
  }
  return fitToUnitSquare(pos);
}

function attract(graph: WeightedGraph, pos: Float64Array, disp: Float64Array, k: number): void {
  for (let v = 0; v < graph.nodeCount; v++) {
    for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
      const u = graph.targets[e] as number;
      if (u < v) continue;
      const dx = (pos[2 * v] as number) - (pos[2 * u] as number);
      const dy = (pos[2 * v + 1] as number) - (pos[2 * u + 1] as number);
      const d = Math.sqrt(dx * dx + dy * dy);
      const f = (d / k) * (1 + Math.log(graph.weights[e] as number));
      disp[2 * v] = (disp[2 * v] as number) - dx * f;
      disp[2 * v + 1] = (disp[2 * v + 1] as number) - dy * f;
      disp[2 * u] = (disp[2 * u] as number) + dx * f;
      disp[2 * u + 1] = (disp[2 * u + 1] as number) + dy * f;
    }
  }
}

/** Nodes bucketed by grid cell (CSR over cells), rebuilt every iteration. */
class SpatialGrid {
  private readonly side: number;
  private readonly cellOf: Int32Array;
  private readonly start: Int32Array;
  private readonly nodes: Int32Array;

  constructor(
    private readonly n: number,
    private readonly cellSize: number,
  ) {
    this.side = Math.max(1, Math.ceil(1 / cellSize));
    this.cellOf = new Int32Array(n);
    this.start = new Int32Array(this.side * this.side + 1);
    this.nodes = new Int32Array(n);
  }

  fill(pos: Float64Array): void {
    const { side, cellOf, start, nodes } = this;
    start.fill(0);
    for (let v = 0; v < this.n; v++) {
      const cx = Math.min(side - 1, Math.floor((pos[2 * v] as number) / this.cellSize));
      const cy = Math.min(side - 1, Math.floor((pos[2 * v + 1] as number) / this.cellSize));
      cellOf[v] = cy * side + cx;
      start[cy * side + cx + 1] = (start[cy * side + cx + 1] as number) + 1;
    }
    for (let c = 0; c < side * side; c++)
      start[c + 1] = (start[c + 1] as number) + (start[c] as number);
    const cursor = start.slice(0, side * side);
    for (let v = 0; v < this.n; v++) {
      const c = cellOf[v] as number;
      nodes[cursor[c] as number] = v;
      cursor[c] = (cursor[c] as number) + 1;
    }
  }

  /** Adds k²/d repulsion between every pair closer than the cell size (each pair once). */
  repel(pos: Float64Array, disp: Float64Array, k: number): void {
    const { side, cellOf, start, nodes, cellSize } = this;
    for (let v = 0; v < this.n; v++) {
      const c = cellOf[v] as number;
      const cx = c % side;
      const cy = (c - cx) / side;
      for (let y = Math.max(0, cy - 1); y <= Math.min(side - 1, cy + 1); y++) {
        for (let x = Math.max(0, cx - 1); x <= Math.min(side - 1, cx + 1); x++) {
          const cell = y * side + x;
          for (let i = start[cell] as number; i < (start[cell + 1] as number); i++) {
            const u = nodes[i] as number;
            if (u <= v) continue;
            let dx = (pos[2 * v] as number) - (pos[2 * u] as number);
            let dy = (pos[2 * v + 1] as number) - (pos[2 * u + 1] as number);
            if (dx === 0 && dy === 0) {
              dx = 1e-6 * (((v * 7 + u) % 5) - 2 || 1);
              dy = 1e-6 * (((v + u * 3) % 5) - 2 || 1);
            }
            const d2 = dx * dx + dy * dy;
            if (d2 > cellSize * cellSize) continue;
            const f = (k * k) / d2;
            disp[2 * v] = (disp[2 * v] as number) + dx * f;
            disp[2 * v + 1] = (disp[2 * v + 1] as number) + dy * f;
            disp[2 * u] = (disp[2 * u] as number) - dx * f;
            disp[2 * u + 1] = (disp[2 * u + 1] as number) - dy * f;
          }
        }
      }
    }
  }
}

/** Scales positions to fill [0, 1] on the longer side, centred, rounded to 4 decimals. */
function fitToUnitSquare(pos: Float64Array): Float64Array {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < pos.length; i += 2) {
    minX = Math.min(minX, pos[i] as number);
    maxX = Math.max(maxX, pos[i] as number);
    minY = Math.min(minY, pos[i + 1] as number);
    maxY = Math.max(maxY, pos[i + 1] as number);
  }
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const offX = (1 - (maxX - minX) / span) / 2;
  const offY = (1 - (maxY - minY) / span) / 2;
  return pos.map((p, i) => {
    const value = i % 2 === 0 ? offX + (p - minX) / span : offY + (p - minY) / span;
    return Math.round(value * 10_000) / 10_000;
  });
}

function clamp01(value: number): number {
  return Math.max(0, Math.min(1, value));
}
