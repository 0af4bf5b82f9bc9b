import type { ReportContext } from '../report-context.js';
import type { Block, Section } from '../report-types.js';

/** Signals whose value is a 0–1 share, shown as a percentage. */
const SHARE_SIGNALS = new Set([
  'P2.coreShare',
  'P3.facilitatorShare',
  'P3.facilitatorShareBefore',
  'P6.retention',
  'P6.retentionBefore',
  'activeMembersTrend',
]);

/** Catalogue key of a signal: i18next reads dots as nesting. */
function signalKey(signal: string): string {
  return signal.replaceAll('.', '_');
}

function signalValue(ctx: ReportContext, signal: string, value: number | string | null): string {
  if (value === null) return ctx.t('notAvailable');
  if (typeof value === 'string') return ctx.t(`stage.rules.${value}`, { defaultValue: value });
  return SHARE_SIGNALS.has(signal) ? ctx.fmt.percent(value) : ctx.fmt.number(value, 2);
}

/**
 * Stage of development (method.md §1.3): the suggested stage, what it means, its evidence, and a
 * reminder that it is a suggestion for the steward to confirm.
 */
export function stageSection(ctx: ReportContext): Section {
  const { stage } = ctx.analysis;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: ctx.t('stage.intro', { stage: ctx.tn(`common:stage.${stage.stage}`) }),
    },
    { type: 'paragraph', text: ctx.t(`stage.description.${stage.stage}`) },
  ];
  if (stage.relaunch) blocks.push({ type: 'paragraph', text: ctx.t('stage.relaunch') });
  if (stage.evidence.length > 0) {
    blocks.push({
      type: 'table',
      caption: ctx.t('stage.evidenceCaption'),
      columns: [
        { label: ctx.t('stage.signal'), align: 'left' },
        { label: ctx.t('stage.value'), align: 'right' },
      ],
      rows: stage.evidence.map((item) => [
        ctx.t(`stage.signals.${signalKey(item.signal)}`, { defaultValue: item.signal }),
        signalValue(ctx, item.signal, item.value),
      ]),
    });
  }
  blocks.push({
    type: 'callout',
    tone: 'warning',
    title: ctx.t('stage.calloutTitle'),
    text: ctx.t('stage.callout'),
  });
  return { id: 'stage', title: ctx.t('stage.title'), blocks };
}
