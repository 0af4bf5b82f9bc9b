import { LEVELS } from '../model/analysis.js';
import type { Finding } from '../model/finding.js';
import { type Comparison, ComparisonSchema } from './comparison-schema.js';
import { indicatorChanges } from './indicator-changes.js';
import { isMoveUp, memberMoves } from './member-moves.js';
import { monthsBetween } from './months-between.js';
import { networkChanges } from './network-changes.js';
import type { Snapshot } from './snapshot.js';
import { targetStandings } from './target-standings.js';

/** Options of {@link compareSnapshots}. */
export interface CompareOptions {
  /** Include members' names (staff faces only); counts are always given. */
  readonly names: boolean;
}

const pair = (before: number, after: number) => ({ before, after, delta: after - before });

function findingChange(f: Finding) {
  return { id: f.id, kind: f.kind, title: f.title, severity: f.severity };
}

/**
 * What moved between two snapshots of a community (product.md §3.6): the diagnosis's indicators
 * with direction, size and verdict, participation levels, members who moved up or down, findings
 * that appeared or were resolved, network changes, and how the targets of the plan chosen at
 * `before` stand at `after`. Pure and deterministic; the result satisfies {@link ComparisonSchema}.
 *
 * @example
 * compareSnapshots(phase1, phase2, { names: false }).targets[0].standing // 'onTrack'
 */
export function compareSnapshots(
  before: Snapshot,
  after: Snapshot,
  options: CompareOptions,
): Comparison {
  const a = before.analysis;
  const b = after.analysis;
  const months = monthsBetween(before.asOf, after.asOf);
  const moves = memberMoves(a, b);
  const up = moves.filter(isMoveUp);
  const earlier = new Set(before.diagnosis.findings.map((f) => f.id));
  const later = new Set(after.diagnosis.findings.map((f) => f.id));
  const comparison: Comparison = {
    schemaVersion: 1,
    community: b.community,
    before: { name: before.name, asOf: before.asOf, scenario: before.scenario },
    after: { name: after.name, asOf: after.asOf },
    months,
    names: options.names,
    indicators: indicatorChanges(before.diagnosis, after.diagnosis),
    levels: LEVELS.map((level) => ({
      level,
      before: a.members.byLevel[level],
      after: b.members.byLevel[level],
      delta: b.members.byLevel[level] - a.members.byLevel[level],
    })),
    members: {
      total: pair(a.members.total, b.members.total),
      active: pair(a.members.active, b.members.active),
      up: up.length,
      down: moves.length - up.length,
      moves: options.names ? moves : [],
    },
    findings: {
      appeared: after.diagnosis.findings.filter((f) => !earlier.has(f.id)).map(findingChange),
      resolved: before.diagnosis.findings.filter((f) => !later.has(f.id)).map(findingChange),
      kept: [...later].filter((id) => earlier.has(id)).length,
    },
    network: networkChanges(a, b, options.names),
    targets: targetStandings(before.targets, after.diagnosis, months),
  };
  return ComparisonSchema.parse(comparison);
}
