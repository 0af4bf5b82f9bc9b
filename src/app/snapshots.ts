import {
  type Comparison,
  compareSnapshots,
  type LogSummary,
  type Snapshot,
  type SnapshotHeader,
  SnapshotSchema,
} from '../follow/index.js';
import type { Plan, Scenario } from '../model/plan.js';
import { PoulsError } from '../model/pouls-error.js';
import { listSnapshots, loadSnapshot, type Store, saveSnapshot } from '../store/index.js';
import { showLog } from './accompaniment.js';
import { planCommunity } from './plan-community.js';
import { resolveCommunity } from './resolve-community.js';

export type { Comparison, LogSummary, PhaseSummary, SnapshotHeader } from '../follow/index.js';

/** Options of `pouls snapshot create NAME [--as-of DATE] [--scenario NAME]`. */
export interface CreateSnapshotOptions {
  readonly community?: string;
  readonly name: string;
  readonly asOf: string;
  /** The scenario chosen for the phase; the relaunch (as the report recommends) otherwise. */
  readonly scenario?: string;
}

function followError(code: 'bad_input' | 'not_found', key: string, value: string, expected = '') {
  return new PoulsError(code, `${key}: ${value}`, {
    params: { ns: 'follow', key, value, expected },
  });
}

function chosenScenario(plan: Plan, name: string | undefined): Scenario | undefined {
  if (name) {
    const found = plan.scenarios.find((s) => s.name === name);
    if (!found) {
      throw followError(
        'bad_input',
        'unknownScenario',
        name,
        plan.scenarios.map((s) => s.name).join(', '),
      );
    }
    return found;
  }
  return plan.scenarios.find((s) => s.name === 'relaunch') ?? plan.scenarios[0];
}

/**
 * Stores the analysis, diagnosis and plan of a community as of a date under a name, with the
 * targets of the chosen scenario; a name is used once per community.
 */
export async function createSnapshot(
  store: Store,
  options: CreateSnapshotOptions,
): Promise<SnapshotHeader> {
  const community = await resolveCommunity(store, options.community);
  const planned = await planCommunity(store, { community: community.slug, asOf: options.asOf });
  if (!planned.ok) throw new PoulsError('internal', 'the plan could not be made');
  const { analysis, diagnosis, plan } = planned.value;
  const scenario = chosenScenario(plan, options.scenario);
  const snapshot: Snapshot = {
    name: options.name,
    asOf: options.asOf,
    scenario: scenario?.name ?? null,
    targets: scenario?.targets ?? [],
    analysis,
    diagnosis,
    plan,
  };
  if (!(await saveSnapshot(store.db, community.id, snapshot))) {
    throw followError('bad_input', 'snapshotExists', options.name);
  }
  return { name: snapshot.name, asOf: snapshot.asOf, scenario: snapshot.scenario };
}

/** A community's snapshots, oldest first (`pouls snapshot list`). */
export async function snapshotList(store: Store, community?: string): Promise<SnapshotHeader[]> {
  return listSnapshots(store.db, (await resolveCommunity(store, community)).id);
}

/** Reads one snapshot, checked against its schema. */
export async function readSnapshot(
  store: Store,
  options: { community?: string; name: string },
): Promise<Snapshot> {
  const community = await resolveCommunity(store, options.community);
  const stored = await loadSnapshot(store.db, community.id, options.name);
  if (!stored) {
    const known = (await listSnapshots(store.db, community.id)).map((s) => s.name).join(', ');
    throw followError('not_found', 'unknownSnapshot', options.name, known);
  }
  return SnapshotSchema.parse(stored);
}

/**
 * Compares two snapshots (`pouls snapshot compare A B`); `names` is for staff faces only: the
 * web app's member-facing pages call it with `names: false`.
 */
export async function compareSnapshotsByName(
  store: Store,
  options: { community?: string; before: string; after: string; names: boolean },
): Promise<Comparison> {
  const community = options.community;
  const before = await readSnapshot(store, {
    name: options.before,
    ...(community ? { community } : {}),
  });
  const after = await readSnapshot(store, {
    name: options.after,
    ...(community ? { community } : {}),
  });
  return compareSnapshots(before, after, { names: options.names });
}

/** The two latest snapshots (by date) for the report's "since the last phase" chapter. */
export async function latestSnapshotComparison(
  store: Store,
  options: { community?: string; names: boolean },
): Promise<Comparison | undefined> {
  const community = await resolveCommunity(store, options.community);
  const all = await listSnapshots(store.db, community.id);
  if (all.length < 2) return undefined;
  const [a, b] = all.slice(-2) as [SnapshotHeader, SnapshotHeader];
  return compareSnapshotsByName(store, {
    community: community.slug,
    before: a.name,
    after: b.name,
    names: options.names,
  });
}

/**
 * What the report adds when the community is followed: the two latest snapshots compared
 * (without names: a report is read beyond the staff) and the accompaniment log, when there are.
 */
export async function reportFollowUp(
  store: Store,
  community?: string,
): Promise<{ comparison?: Comparison; log?: LogSummary }> {
  const options = community ? { community } : {};
  const comparison = await latestSnapshotComparison(store, { ...options, names: false });
  const log = await showLog(store, community);
  const hasLog = log.phases.length > 0 || log.unassigned !== null;
  return { ...(comparison ? { comparison } : {}), ...(hasLog ? { log } : {}) };
}
