import type { Finding } from '../../model/finding.js';
import type { ReportContext } from '../report-context.js';
import type { Block, Section } from '../report-types.js';

/** The severity of a finding in words (1 minor, 2 notable, 3 major). */
function severity(ctx: ReportContext, finding: Finding): string {
  return ctx.t(`findings.severity.${finding.severity}`);
}

/** A threshold such as `green < 0.5 · red > 0.8` in the report's words and number format. */
function thresholdText(ctx: ReportContext, threshold: string): string {
  const words = threshold
    .replace(/\bgreen\b/g, ctx.t('findings.green'))
    .replace(/\bred\b/g, ctx.t('findings.red'))
    .replace(/>=/g, '≥')
    .replace(/<=/g, '≤');
  return ctx.lang === 'fr' ? words.replace(/(\d)\.(\d)/g, '$1,$2') : words;
}

function evidenceOf(ctx: ReportContext, finding: Finding): string {
  return finding.evidence
    .map((e) => {
      const value = typeof e.value === 'number' ? ctx.fmt.number(e.value, 2) : (e.value ?? '—');
      return `${e.indicator} = ${value} (${thresholdText(ctx, e.threshold)}) [${e.source}]`;
    })
    .join(' ; ');
}

function title(ctx: ReportContext, finding: Finding): string {
  const judged = finding.judgement
    ? ` — ${ctx.t(`findings.judgement.${finding.judgement.status}`)}`
    : '';
  return `${finding.code} · ${ctx.fmt.text(finding.title[ctx.lang])}${judged}`;
}

function findingsTable(ctx: ReportContext, findings: readonly Finding[], caption: string): Block {
  return {
    type: 'table',
    caption,
    columns: [
      { label: ctx.t('findings.finding'), align: 'left' },
      { label: ctx.t('findings.severityLabel'), align: 'left' },
      { label: ctx.t('findings.confidence'), align: 'right' },
      { label: ctx.t('findings.evidence'), align: 'left' },
      { label: ctx.t('findings.actions'), align: 'left' },
    ],
    rows: findings.map((f) => [
      title(ctx, f),
      severity(ctx, f),
      ctx.fmt.percent(f.confidence),
      evidenceOf(ctx, f),
      f.actions.join(', ') || '—',
    ]),
  };
}

/**
 * Freins and leviers (method.md §4.3): what holds the community back and what lifts it, each
 * with the indicator values and thresholds that triggered it, the evidence level, its severity,
 * our confidence and the catalogue actions that answer it; then the observations (constats).
 * Findings the steward dismissed stay listed, marked as such.
 */
export function findingsSection(ctx: ReportContext, findings: readonly Finding[]): Section {
  const of = (kind: Finding['kind']) => findings.filter((f) => f.kind === kind);
  const blocks: Block[] = [{ type: 'paragraph', text: ctx.t('findings.intro') }];
  const freins = of('frein');
  const leviers = of('levier');
  const constats = of('constat');
  blocks.push(
    freins.length > 0
      ? findingsTable(ctx, freins, ctx.t('findings.freinsCaption'))
      : { type: 'paragraph', text: ctx.t('findings.noFrein') },
  );
  if (leviers.length > 0)
    blocks.push(findingsTable(ctx, leviers, ctx.t('findings.leviersCaption')));
  if (constats.length > 0)
    blocks.push(findingsTable(ctx, constats, ctx.t('findings.constatsCaption')));
  const references = [...new Set(findings.flatMap((f) => f.references))].sort();
  if (references.length > 0) {
    blocks.push(
      { type: 'paragraph', text: ctx.t('findings.referencesIntro') },
      { type: 'list', ordered: false, items: references.map((r) => ctx.fmt.text(r)) },
    );
  }
  blocks.push({
    type: 'callout',
    tone: 'info',
    title: ctx.t('findings.calloutTitle'),
    text: ctx.t('findings.callout'),
  });
  return { id: 'findings', title: ctx.t('findings.title'), blocks };
}
