import type { Analysis } from '../model/analysis.js';
import type { Dataset } from '../model/dataset.js';
import { connectIndex } from './connect-index.js';
import { dayNumber, firstContacts, interactions, neighbours } from './interaction-pairs.js';
import { type PeerWeights, recommendPeers } from './recommend-peers.js';

/** Mean precision@k and recall@k over the members evaluated. */
export interface AtK {
  readonly k: number;
  readonly precision: number;
  readonly recall: number;
}

/** The outcome of a time-split evaluation of peer recommendations. */
export interface PeerEvaluation {
  readonly cut: string;
  /** Members with a tie before the cut and at least one new tie after it. */
  readonly members: number;
  /** Pairs first tied after the cut, among members tied before it (the held-out ties). */
  readonly heldOut: number;
  readonly recommender: readonly AtK[];
  /** Recommending the most connected members (by distinct contacts before the cut). */
  readonly popularity: readonly AtK[];
}

function atK(
  lists: ReadonlyMap<number, readonly number[]>,
  truth: ReadonlyMap<number, Set<number>>,
  k: number,
): AtK {
  let precision = 0;
  let recall = 0;
  for (const [u, relevant] of truth) {
    const hits = (lists.get(u) ?? []).slice(0, k).filter((v) => relevant.has(v)).length;
    precision += hits / k;
    recall += hits / relevant.size;
  }
  const n = Math.max(1, truth.size);
  return { k, precision: precision / n, recall: recall / n };
}

/**
 * Holds out the ties first formed on or after `cut` (co-attendance, replies, mentions, declared
 * ties) and measures how many of them the peer recommendations made from the data before the cut
 * would have found, against a popularity baseline: precision@k and recall@k for each k, averaged
 * over the non-staff members who had a tie before the cut and formed a new one after it.
 * `analysisBeforeCut` is the analysis of the dataset as of the day before the cut (for its
 * sub-groups). Everyone counts as eligible: the evaluation names no one.
 */
export function evaluatePeers(
  dataset: Dataset,
  analysisBeforeCut: Analysis,
  options: { cut: string; ks: readonly number[]; weights?: PeerWeights },
): PeerEvaluation {
  const cutDay = dayNumber(options.cut);
  const list = interactions(dataset);
  const first = firstContacts(list);
  const train = neighbours(list, cutDay);
  const staff = new Set(dataset.members.filter((m) => m.staff).map((m) => m.id));
  const known = new Set([...train.keys()].filter((id) => !staff.has(id)));
  const truth = new Map<number, Set<number>>();
  let heldOut = 0;
  for (const [key, day] of first) {
    if (day < cutDay) continue;
    const [a, b] = key.split(':').map(Number) as [number, number];
    if (!known.has(a) || !known.has(b)) continue;
    heldOut++;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = truth.get(x) ?? new Set<number>();
      set.add(y);
      truth.set(x, set);
    }
  }
  const kMax = Math.max(...options.ks);
  const index = connectIndex({
    dataset,
    analysis: analysisBeforeCut,
    profiles: [],
    needs: new Map(),
    eligible: known,
  });
  const recommended = new Map<number, number[]>();
  for (const u of truth.keys())
    recommended.set(
      u,
      recommendPeers(index, u, kMax, options.weights).flatMap((r) =>
        r.memberId === null ? [] : [r.memberId],
      ),
    );
  const byDegree = [...known].sort(
    (a, b) => (train.get(b)?.size ?? 0) - (train.get(a)?.size ?? 0) || a - b,
  );
  const popular = new Map<number, number[]>();
  for (const u of truth.keys()) {
    const mine = train.get(u);
    popular.set(u, byDegree.filter((v) => v !== u && !mine?.has(v)).slice(0, kMax));
  }
  return {
    cut: options.cut,
    members: truth.size,
    heldOut,
    recommender: options.ks.map((k) => atK(recommended, truth, k)),
    popularity: options.ks.map((k) => atK(popular, truth, k)),
  };
}
