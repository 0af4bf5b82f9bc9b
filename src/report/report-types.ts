import type { Lang } from '../i18n/lang.js';
import type { ChartSpec } from './charts/chart-spec.js';

/** Traffic-light reading of an indicator against method.md §4.1 thresholds. */
export type Status = 'green' | 'amber' | 'red' | 'none';

/** One key figure: a formatted value, its status and the threshold stated in words. */
export interface KeyFigure {
  label: string;
  value: string;
  status: Status;
  /** The status in words (`À agir`), so colour is never the only cue. */
  statusLabel: string;
  /** Thresholds in words, empty for a figure without thresholds. */
  threshold: string;
  /** Optional context under the value (`3 membres sur 12`). */
  detail?: string;
  /** Where the figure and its thresholds come from (`Méthode P1 ; Wenger et al., 2002`). */
  source?: string;
}

/** A table column; numbers are right-aligned. */
export interface Column {
  label: string;
  align: 'left' | 'right';
}

/** The content of a section: a discriminated union keyed by `type`. */
export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'keyFigures'; items: KeyFigure[] }
  | { type: 'table'; caption: string; columns: Column[]; rows: string[][]; note?: string }
  | { type: 'chart'; id: string; spec: ChartSpec; alt: string; caption: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'callout'; tone: 'info' | 'warning'; title: string; text: string };

/** Identifiers of the report's sections, in their order. */
export const SECTION_IDS = [
  'summary',
  'mandate',
  'portrait',
  'evolution',
  'participation',
  'rhythm',
  'network',
  'findings',
  'needs',
  'stage',
  'recommendations',
  'scenarios',
  'indicators',
  'since',
  'appendix',
  'log',
] as const;
/** The identifier of a top-level section. */
export type SectionId = (typeof SECTION_IDS)[number];

/** A section of the report; `subsections` are one level deeper (h3 in HTML). */
export interface Section {
  id: string;
  title: string;
  blocks: Block[];
  subsections?: Section[];
}

/** The title page. */
export interface Cover {
  title: string;
  subtitle: string;
  community: string;
  /** Labelled lines under the title: period covered, date, authors. */
  facts: { label: string; value: string }[];
}

/** The renderer-neutral report: every text translated and formatted. */
export interface Report {
  lang: Lang;
  cover: Cover;
  /** Words the renderers need around the content: contents title, table and figure labels. */
  labels: { contents: string; table: string; figure: string };
  sections: Section[];
  /** Footer line (tool and confidentiality). */
  footer: string;
}
