import { rhythmStatus } from '../indicators.js';
import { keyFigure, plainFigure } from '../key-figures.js';
import type { ReportContext } from '../report-context.js';
import type { KeyFigure, Section } from '../report-types.js';

/** A duration as a short value in weeks with the days as detail. */
function duration(ctx: ReportContext, days: number | null): { value: string; detail: string } {
  if (days === null) return { value: ctx.t('notAvailable'), detail: '' };
  return {
    value: ctx.t('weeksShort', { weeks: ctx.fmt.number(days / 7, 1) }),
    detail: ctx.t('daysShort', { days: ctx.fmt.number(Math.round(days)) }),
  };
}

function joined(...parts: string[]): string {
  return parts.filter((part) => part !== '').join(', ');
}

/**
 * Rhythm (R1): activities per year and the longest gap between activities (coloured against
 * method.md §4.1), the median gap and the time since the last activity.
 */
export function rhythmSection(ctx: ReportContext): Section {
  const { rhythm, asOf } = ctx.analysis;
  const r1 = keyFigure(ctx, 'R1');
  const longest = duration(ctx, rhythm.longestGapDays);
  const median = duration(ctx, rhythm.medianGapDays);
  const since = duration(ctx, rhythm.daysSinceLastEvent);
  const gap: KeyFigure = {
    ...r1,
    label: ctx.t('rhythm.longestGap'),
    value: longest.value,
    status: rhythmStatus(rhythm.activitiesPerYear, rhythm.longestGapDays, ctx.limits),
    detail: longest.detail,
  };
  const sinceDetail = ctx.t('rhythm.sinceLastDetail', { asOf: ctx.fmt.date(asOf) });
  return {
    id: 'rhythm',
    title: ctx.t('rhythm.title'),
    blocks: [
      { type: 'paragraph', text: ctx.t('rhythm.intro') },
      {
        type: 'keyFigures',
        items: [
          { ...r1, label: ctx.t('rhythm.perYear') },
          gap,
          plainFigure(
            ctx,
            ctx.t('rhythm.medianGap'),
            median.value,
            joined(median.detail, ctx.t('rhythm.medianDetail')),
          ),
          plainFigure(
            ctx,
            ctx.t('rhythm.sinceLast'),
            since.value,
            joined(since.detail, sinceDetail),
          ),
        ],
      },
    ],
  };
}
