import { outputLabels } from '../pdf/output-labels.js';
import type { Block, Cover, KeyFigure, Report, Section } from '../report-types.js';

type Chart = Extract<Block, { type: 'chart' }>;
type TableBlock = Extract<Block, { type: 'table' }>;

/** One slide of the deck; every slide has a title and speaker notes. */
export type Slide = { title: string; notes: string } & (
  | { kind: 'title'; cover: Cover }
  | { kind: 'agenda'; items: string[] }
  | { kind: 'message'; statement: string; index: number; total: number }
  | { kind: 'figures'; items: KeyFigure[] }
  | { kind: 'chart'; chart: Chart; table?: TableBlock; figure: string }
  | { kind: 'table'; table: TableBlock; label: string }
  | { kind: 'text'; paragraphs: string[]; callout?: Extract<Block, { type: 'callout' }> }
  | { kind: 'closing'; items: string[]; discussion: string }
);

/** The slides of a presentation, with what the master slide prints on each. */
export interface Deck {
  lang: Report['lang'];
  title: string;
  community: string;
  slides: Slide[];
}

const MAX_SLIDES = 20;
const MAX_FIGURES = 6;
/** Sections kept for the written report only. */
const SKIPPED = new Set(['summary', 'mandate', 'appendix']);
/** Key messages presented one per slide; the others stay in the written summary. */
const MAX_MESSAGES = 4;

function allBlocks(section: Section): Block[] {
  return [...section.blocks, ...(section.subsections ?? []).flatMap(allBlocks)];
}

function notesOf(blocks: Block[]): string {
  return blocks
    .flatMap((b) =>
      b.type === 'paragraph' ? [b.text] : b.type === 'callout' ? [`${b.title} — ${b.text}`] : [],
    )
    .join('\n\n');
}

/** A small table fits beside a chart on one slide; the last one of a group is the most specific. */
function isSmall(table: TableBlock): boolean {
  return table.rows.length <= 6 && table.columns.length <= 4;
}

/** Longest cell a slide table keeps a column for; longer ones stay in the written report. */
const MAX_CELL = 45;
const MAX_ROWS = 8;
const MAX_COLUMNS = 5;

/** A table cut to what a slide can show: the first rows, the first column and short columns. */
function fitTable(table: TableBlock): TableBlock {
  const keep = table.columns
    .map((_, i) => i)
    .filter((i) => i === 0 || table.rows.every((row) => (row[i] ?? '').length <= MAX_CELL))
    .slice(0, MAX_COLUMNS);
  return {
    ...table,
    columns: keep.map((i) => table.columns[i]!),
    rows: table.rows.slice(0, MAX_ROWS).map((row) => keep.map((i) => row[i] ?? '')),
  };
}

function sectionSlides(section: Section, shown: Set<string>, report: Report): Slide[] {
  const groups = [section, ...(section.subsections ?? [])];
  const notes = notesOf(allBlocks(section));
  const slides: Slide[] = [];
  for (const group of groups) {
    const charts = group.blocks.filter((b): b is Chart => b.type === 'chart');
    const tables = group.blocks.filter((b): b is TableBlock => b.type === 'table' && isSmall(b));
    for (const chart of charts) {
      const table = tables.at(-1);
      slides.push({
        kind: 'chart',
        title: section.title,
        notes,
        chart,
        figure: report.labels.figure,
        ...(table ? { table } : {}),
      });
    }
  }
  const fresh = allBlocks(section)
    .flatMap((b) => (b.type === 'keyFigures' ? b.items : []))
    .filter((item) => !shown.has(`${item.label}|${item.value}`));
  for (let i = 0; i < fresh.length; i += MAX_FIGURES) {
    const items = fresh.slice(i, i + MAX_FIGURES);
    for (const item of items) shown.add(`${item.label}|${item.value}`);
    slides.push({ kind: 'figures', title: section.title, notes, items });
  }
  if (slides.length > 0) return slides;
  const blocks = allBlocks(section);
  const table = blocks.find((b): b is TableBlock => b.type === 'table');
  const paragraphs = blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
  const callout = blocks.find(
    (b): b is Extract<Block, { type: 'callout' }> => b.type === 'callout',
  );
  if (table) {
    slides.push({
      kind: 'table',
      title: section.title,
      notes,
      table: fitTable(table),
      label: report.labels.table,
    });
  } else if (paragraphs.length > 0 || callout) {
    slides.push({
      kind: 'text',
      title: section.title,
      notes,
      paragraphs: paragraphs.slice(0, 3),
      ...(callout ? { callout } : {}),
    });
  }
  return slides;
}

function summarySlides(report: Report, shown: Set<string>): Slide[] {
  const summary = report.sections.find((s) => s.id === 'summary');
  if (!summary) return [];
  const blocks = allBlocks(summary);
  const labels = outputLabels(report.lang);
  const statements = blocks
    .flatMap((b) => (b.type === 'list' ? b.items : []))
    .slice(0, MAX_MESSAGES);
  const messages: Slide[] = statements.map((statement, i) => ({
    kind: 'message',
    title: labels.keyMessages,
    notes: notesOf(summary.blocks),
    statement,
    index: i + 1,
    total: statements.length,
  }));
  const figures = blocks
    .flatMap((b) => (b.type === 'keyFigures' ? b.items : []))
    .slice(0, MAX_FIGURES);
  for (const item of figures) shown.add(`${item.label}|${item.value}`);
  const title =
    summary.subsections?.find((s) => s.blocks.some((b) => b.type === 'keyFigures'))?.title ??
    summary.title;
  return figures.length > 0
    ? [...messages, { kind: 'figures', title, notes: notesOf(blocks), items: figures }]
    : messages;
}

/** Next steps: the first list of a plan or recommendations section, else the catalogue's. */
function closing(report: Report): Slide {
  const labels = outputLabels(report.lang);
  const plan = report.sections.find((s) => /plan|recommend|next/i.test(s.id));
  const blocks = plan ? allBlocks(plan) : [];
  const list = blocks.find((b) => b.type === 'list')?.items;
  const table = blocks.find((b): b is TableBlock => b.type === 'table');
  const items = list ?? table?.rows.map((row) => row[0] ?? '');
  return {
    kind: 'closing',
    title: labels.nextSteps,
    notes: '',
    items: (items ?? labels.nextStepsItems).slice(0, 6),
    discussion: labels.discussion,
  };
}

/**
 * Chooses the slides that present a report: title, agenda, one slide per key message of the
 * summary, key figures, then for each section its charts (with a small table beside), its key
 * figures not shown yet, or its text, and a closing slide of next steps. Paragraphs become
 * speaker notes. Pure; sections added to the report later flow in the same way.
 *
 * @example
 * buildDeck(report).slides.length // 16 for the fixture report
 */
export function buildDeck(report: Report): Deck {
  const labels = outputLabels(report.lang);
  const shown = new Set<string>();
  const body = report.sections.filter((s) => !SKIPPED.has(s.id));
  const slides: Slide[] = [
    {
      kind: 'title',
      title: report.cover.title,
      notes: notesOf(report.sections[0]?.blocks ?? []),
      cover: report.cover,
    },
    {
      kind: 'agenda',
      title: labels.agenda,
      notes: '',
      items: body.map((s) => s.title),
    },
    ...summarySlides(report, shown),
    ...body.flatMap((section) => sectionSlides(section, shown, report)),
  ];
  const kept = slides.slice(0, MAX_SLIDES - 1);
  return {
    lang: report.lang,
    title: report.cover.title,
    community: report.cover.community,
    slides: [...kept, closing(report)],
  };
}
