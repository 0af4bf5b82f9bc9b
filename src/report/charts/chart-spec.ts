import type { Lang } from '../../i18n/lang.js';
import type { Level } from '../../model/analysis.js';

/** Monthly lines of active members (left axis) and messages (right axis). */
export interface TimelineChartSpec {
  kind: 'timeline';
  lang: Lang;
  /** Month labels, already formatted (`janv. 24`). */
  labels: string[];
  active: { name: string; values: number[] };
  messages: { name: string; values: number[] };
}

/** Bars of members per participation level. */
export interface LevelsChartSpec {
  kind: 'levels';
  lang: Lang;
  bars: { level: Level; label: string; value: number }[];
  /** Name of the value axis (`Membres`). */
  valueName: string;
}

/** A network map: members as nodes, grouped and coloured by sub-group, sized by weighted degree. */
export interface NetworkChartSpec {
  kind: 'network';
  lang: Lang;
  /** Sub-groups in display order, with their legend label. */
  groups: { id: number; label: string }[];
  /** Members with a sub-group; `labelled` members show their name on the map. */
  nodes: { id: number; name: string; group: number; weight: number; labelled: boolean }[];
}

/** Every chart the report can draw; the same specs feed the web app. */
export type ChartSpec = TimelineChartSpec | LevelsChartSpec | NetworkChartSpec;

/** Palette shared by the charts and the HTML: one accent, then sober companions. */
export const CHART_COLORS = [
  '#1f4e79',
  '#c77d2e',
  '#4f8a6e',
  '#8c5a8f',
  '#3f8fb5',
  '#a64b4b',
  '#7a7f3a',
  '#5c6b7a',
] as const;

/** Font stack used in the SVG charts, matching the HTML body text. */
export const CHART_FONT = "'Segoe UI', 'Helvetica Neue', Arial, sans-serif";
