/**
 * Accumulates weights of unordered node pairs for graphs with millions of interactions: unit
 * weights (co-attendances, replies, mentions) go to a growing typed array of pair keys that is
 * sorted and run-length counted once, other weights to a map. Far faster and smaller than one
 * `Map` entry update per interaction.
 */
export class PairWeights {
  /** Node numbers are below `keyBase`; a pair's key is `min · keyBase + max`. */
  readonly keyBase: number;
  private unitKeys = new Float64Array(1024);
  private unitCount = 0;
  private readonly weighted = new Map<number, number>();

  constructor(keyBase: number) {
    this.keyBase = keyBase;
  }

  /** Adds `weight` to the pair (a, b); self-pairs and negative node numbers are ignored. */
  add(a: number, b: number, weight = 1): void {
    if (a === b || a < 0 || b < 0) return;
    const key = a < b ? a * this.keyBase + b : b * this.keyBase + a;
    if (weight !== 1) {
      this.weighted.set(key, (this.weighted.get(key) ?? 0) + weight);
      return;
    }
    if (this.unitCount === this.unitKeys.length) {
      const grown = new Float64Array(this.unitKeys.length * 2);
      grown.set(this.unitKeys);
      this.unitKeys = grown;
    }
    this.unitKeys[this.unitCount++] = key;
  }

  /** The distinct pair keys in increasing order, with their summed weights. */
  sorted(): { keys: Float64Array; weights: Float64Array } {
    const units = this.unitKeys.subarray(0, this.unitCount).sort();
    const extra = Float64Array.from(this.weighted.keys()).sort();
    const keys = new Float64Array(units.length + extra.length);
    const weights = new Float64Array(units.length + extra.length);
    let count = 0;
    let i = 0;
    let j = 0;
    while (i < units.length || j < extra.length) {
      const unit = i < units.length ? (units[i] as number) : Number.POSITIVE_INFINITY;
      const other = j < extra.length ? (extra[j] as number) : Number.POSITIVE_INFINITY;
      const key = Math.min(unit, other);
      let weight = 0;
      while (i < units.length && units[i] === key) {
        weight++;
        i++;
      }
      if (other === key) {
        weight += this.weighted.get(key) as number;
        j++;
      }
      keys[count] = key;
      weights[count++] = weight;
    }
    return { keys: keys.slice(0, count), weights: weights.slice(0, count) };
  }
}
