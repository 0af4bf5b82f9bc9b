import type { Evidence } from '../../model/finding.js';

/** One side of a threshold: `value op bound`, e.g. `{op: '<', value: 0.5}`. */
export interface Bound {
  readonly op: '<' | '<=' | '>' | '>=';
  readonly value: number;
}

/** A signal's colours (method.md §4.1): green when `green` holds, red when `red` holds, else amber. */
export interface Threshold {
  readonly green: Bound;
  readonly red: Bound;
  /** Evidence level of the threshold: our estimate [E] unless method.md marks it [S]. */
  readonly evidence: Evidence['source'];
}

/** Thresholds by signal id; a family such as `OBS` applies to every `OBS.*` signal. */
export type Thresholds = Readonly<Record<string, Threshold>>;

const t = (green: Bound, red: Bound, evidence: Evidence['source'] = 'E'): Threshold => ({
  green,
  red,
  evidence,
});
const ge = (value: number): Bound => ({ op: '>=', value });
const gt = (value: number): Bound => ({ op: '>', value });
const lt = (value: number): Bound => ({ op: '<', value });
const le = (value: number): Bound => ({ op: '<=', value });

/**
 * Default thresholds: method.md §4.1 for the indicators (its defaults are our estimates [E]
 * anchored on sourced figures), our estimates [E] for the network, survey and concentration
 * signals. Editable per community through `diagnose(analysis, { thresholds })`.
 */
export const DEFAULT_THRESHOLDS: Thresholds = {
  P1: t(ge(0.25), lt(0.1)),
  P2: t(ge(4), le(1)),
  P3: t(lt(0.5), gt(0.8)),
  P4: t(ge(3), le(0)),
  P5: t(ge(0.4), lt(0.15)),
  P6: t(ge(0.6), lt(0.4)),
  R1: t(ge(6), lt(3)),
  'R1.gap': t(le(56), gt(84)),
  R2: t(ge(0.6), lt(0.3)),
  V1: t(ge(0.75), lt(0.5)),
  V2: t(ge(0.4), lt(0.15)),
  D1: t(ge(0.7), lt(0.5)),
  /** Community dimension score, 1–5 (method.md S1 is trend-based; a level is our estimate). */
  S1: t(ge(3.75), lt(3)),
  O1: t(ge(3), le(0)),
  O2: t(ge(0.9), lt(0.6)),
  O3: t(ge(1), lt(1)),
  T1: t(le(1), ge(3)),
  'concentration.gini': t(lt(0.5), gt(0.7)),
  'responsiveness.unanswered': t(lt(0.2), gt(0.4)),
  'trend.active': t(ge(0), lt(-0.3)),
  'network.clustering': t(ge(0.3), lt(0.1)),
  'network.isolates': t(lt(0.25), gt(0.5)),
  /** Cross-region ties ÷ the share expected under random mixing. */
  'network.regionMixing': t(ge(0.8), lt(0.5)),
  /** Newman (2006): Q above about 0.3 marks a real sub-group structure. */
  'network.modularity': t(lt(0.3), gt(0.5)),
  'survey.trust': t(ge(0.6), lt(0.4)),
  'survey.animation': t(ge(3.75), lt(3)),
  'survey.domain': t(ge(3.75), lt(3)),
  /** Median hours a month members can give; 1–3 h/month is what members were told to expect (NACCHO [S]). */
  'survey.hours': t(ge(2), lt(1)),
  /** Share of respondents citing an obstacle. */
  OBS: t(lt(0.15), ge(0.3)),
  /** Share of respondents choosing a need: ranked as a besoin from the green bound. */
  NEEDS: t(ge(0.25), lt(0.1)),
};

/** The threshold of a signal: its own, else its family's (`OBS.F1` → `OBS`). */
export function thresholdOf(thresholds: Thresholds, signal: string): Threshold | undefined {
  return thresholds[signal] ?? thresholds[signal.split('.')[0] ?? ''];
}

/** Default thresholds with a community's overrides (each override may change one side only). */
export function mergeThresholds(
  overrides: Readonly<Record<string, Partial<Threshold>>> = {},
): Thresholds {
  const merged: Record<string, Threshold> = { ...DEFAULT_THRESHOLDS };
  for (const [id, override] of Object.entries(overrides)) {
    const base = merged[id] ?? { green: ge(0), red: lt(0), evidence: 'E' as const };
    merged[id] = { ...base, ...override };
  }
  return merged;
}
