import {
  activationStatus,
  activeShare,
  activeShareStatus,
  facilitatorStatus,
  levelMovesStatus,
  retentionStatus,
  rhythmStatus,
} from './indicators.js';
import type { ReportContext, Vars } from './report-context.js';
import type { KeyFigure, Status } from './report-types.js';

/** The method.md §4.1 indicators the report colours. */
export type IndicatorId = 'P1' | 'P3' | 'P4' | 'P5' | 'P6' | 'R1';

/** A gap in days written as weeks and days (`10 semaines (70 jours)`), or n/a. */
export function gapText(ctx: ReportContext, days: number | null): string {
  if (days === null) return ctx.t('notAvailable');
  return ctx.t('weeks', { weeks: ctx.fmt.number(days / 7, 1), days: ctx.fmt.number(days) });
}

/** The limits of one indicator, formatted for its threshold sentence. */
function limitVars(ctx: ReportContext, id: IndicatorId): Vars {
  const { limits, fmt } = ctx;
  switch (id) {
    case 'P4':
      return { green: fmt.number(limits.P4.greenPer100, 1) };
    case 'R1':
      return {
        perYear: fmt.number(limits.R1.greenPerYear, 1),
        greenWeeks: fmt.number(limits.R1.greenGapDays / 7, 1),
        redWeeks: fmt.number(limits.R1.redGapDays / 7, 1),
      };
    default:
      return { green: fmt.percent(limits[id].green), red: fmt.percent(limits[id].red) };
  }
}

function indicator(
  ctx: ReportContext,
  id: IndicatorId,
  value: string,
  status: Status,
  vars?: Vars,
): KeyFigure {
  return {
    label: ctx.t(`indicators.${id}.label`),
    value,
    status,
    statusLabel: ctx.t(`status.${status}`),
    threshold: ctx.t(`indicators.${id}.threshold`, limitVars(ctx, id)),
    detail: ctx.t(`indicators.${id}.detail`, vars),
    source: ctx.t(`indicators.${id}.source`),
  };
}

function share(ctx: ReportContext, value: number | null): string {
  return value === null ? ctx.t('participation.noData') : ctx.fmt.percent(value);
}

/**
 * The key figure of one indicator, valued and coloured against its method.md §4.1 thresholds.
 *
 * @example
 * keyFigure(ctx, 'P1') // { label: 'Membres actifs', value: '8 %', status: 'red', … }
 */
export function keyFigure(ctx: ReportContext, id: IndicatorId): KeyFigure {
  const { members, participation, rhythm, windowDays } = ctx.analysis;
  switch (id) {
    case 'P1': {
      const value = activeShare(ctx.analysis);
      return indicator(ctx, id, ctx.fmt.percent(value), activeShareStatus(value, ctx.limits), {
        active: ctx.fmt.number(members.active),
        total: ctx.fmt.number(members.total),
        window: windowDays,
      });
    }
    case 'P3':
      return indicator(
        ctx,
        id,
        ctx.fmt.percent(participation.facilitatorShare),
        facilitatorStatus(participation.facilitatorShare, ctx.limits),
      );
    case 'P4': {
      const { up, down } = participation.levelMoves;
      const rate = members.total === 0 ? 0 : (up / members.total) * 100;
      return indicator(
        ctx,
        id,
        ctx.fmt.number(up),
        levelMovesStatus(up, members.total, ctx.limits),
        {
          up: ctx.fmt.number(up),
          down: ctx.fmt.number(down),
          rate: ctx.fmt.number(rate, 1),
        },
      );
    }
    case 'P5':
      return indicator(
        ctx,
        id,
        share(ctx, participation.newcomerActivation),
        activationStatus(participation.newcomerActivation, ctx.limits),
      );
    case 'P6':
      return indicator(
        ctx,
        id,
        share(ctx, participation.retention),
        retentionStatus(participation.retention, ctx.limits),
      );
    case 'R1':
      return indicator(
        ctx,
        id,
        ctx.fmt.number(rhythm.activitiesPerYear, 1),
        rhythmStatus(rhythm.activitiesPerYear, rhythm.longestGapDays, ctx.limits),
        { gap: gapText(ctx, rhythm.longestGapDays) },
      );
  }
}

/** A key figure without thresholds (a plain reference value). */
export function plainFigure(
  ctx: ReportContext,
  label: string,
  value: string,
  detail?: string,
): KeyFigure {
  return {
    label,
    value,
    status: 'none',
    statusLabel: ctx.t('status.none'),
    threshold: '',
    ...(detail === undefined ? {} : { detail }),
  };
}
