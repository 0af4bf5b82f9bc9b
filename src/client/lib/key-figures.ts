import type { Analysis } from '../../model/analysis.js';
import type { Diagnosis, DiagnosisIndicator } from '../../model/diagnosis.js';

/** The report's colour of a figure (`report:status.<status>`): none is a plain reference. */
export type FigureStatus = 'green' | 'amber' | 'red' | 'none';

/** The six indicators the report colours in its key figures (method.md §4.1). */
export const KEY_INDICATORS = ['P1', 'P3', 'P4', 'P5', 'P6', 'R1'] as const;
export type KeyIndicator = (typeof KEY_INDICATORS)[number];

/** One key figure of the dashboard: the report's words, the diagnosis's colour. */
export interface KeyFigure {
  readonly id: KeyIndicator;
  /** The value, `null` when it cannot be measured. */
  readonly value: number | null;
  readonly kind: 'share' | 'count' | 'rate';
  readonly status: FigureStatus;
  /** Interpolation values of `report:indicators.<id>.detail`. */
  readonly detail: Record<string, number | null>;
  /**
   * The bounds the diagnosis applied (the community's thresholds), for the words of
   * `report:indicators.<id>.threshold`: `green`/`red` shares, P4's `green` rate, R1's
   * `perYear`, `greenGapDays` and `redGapDays`.
   */
  readonly limits: Record<string, number | null>;
}

/** The number of a diagnosis threshold in words, e.g. `>= 0.25` → 0.25. */
export function boundValue(text: string | undefined): number | null {
  const match = text?.match(/-?\d+(?:\.\d+)?\s*$/);
  return match ? Number(match[0]) : null;
}

const SEVERITY: Record<FigureStatus, number> = { none: 0, green: 1, amber: 2, red: 3 };

/** The report's status of a diagnosis indicator (`unknown` reads as a plain reference). */
export function statusOf(indicator: DiagnosisIndicator | undefined): FigureStatus {
  if (!indicator || indicator.status === 'unknown') return 'none';
  return indicator.status;
}

/** The worse of two statuses, as the report colours R1 from its yearly count and longest gap. */
export function worse(a: FigureStatus, b: FigureStatus): FigureStatus {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

/**
 * The report's six key figures, coloured by the diagnosis (which applies the community's
 * thresholds): R1 is the worse of the activities per year and the longest gap, as in the report.
 */
export function keyFigures(analysis: Analysis, diagnosis: Diagnosis): KeyFigure[] {
  const byId = new Map(diagnosis.indicators.map((i) => [i.id, i]));
  const status = (id: string) => statusOf(byId.get(id));
  const bound = (id: string, side: 'green' | 'red') => boundValue(byId.get(id)?.thresholds[side]);
  const shareLimits = (id: string) => ({ green: bound(id, 'green'), red: bound(id, 'red') });
  const { members, participation, rhythm } = analysis;
  const activeShare = members.total === 0 ? 0 : members.active / members.total;
  return [
    {
      id: 'P1',
      value: activeShare,
      kind: 'share',
      status: status('P1'),
      detail: { active: members.active, total: members.total, window: analysis.windowDays },
      limits: shareLimits('P1'),
    },
    {
      id: 'P3',
      value: participation.facilitatorShare,
      kind: 'share',
      status: status('P3'),
      detail: {},
      limits: shareLimits('P3'),
    },
    {
      id: 'P4',
      value: participation.levelMoves.up,
      kind: 'count',
      status: status('P4'),
      detail: {
        up: participation.levelMoves.up,
        down: participation.levelMoves.down,
        rate: members.total === 0 ? 0 : (participation.levelMoves.up / members.total) * 100,
      },
      limits: { green: bound('P4', 'green') },
    },
    {
      id: 'P5',
      value: participation.newcomerActivation,
      kind: 'share',
      status: status('P5'),
      detail: {},
      limits: shareLimits('P5'),
    },
    {
      id: 'P6',
      value: participation.retention,
      kind: 'share',
      status: status('P6'),
      detail: {},
      limits: shareLimits('P6'),
    },
    {
      id: 'R1',
      value: rhythm.activitiesPerYear,
      kind: 'rate',
      status: worse(status('R1'), status('R1.gap')),
      detail: { gapDays: rhythm.longestGapDays },
      limits: {
        perYear: bound('R1', 'green'),
        greenGapDays: bound('R1.gap', 'green'),
        redGapDays: bound('R1.gap', 'red'),
      },
    },
  ];
}
