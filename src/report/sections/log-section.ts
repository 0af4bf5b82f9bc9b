import type { LogSummary, PhaseSummary } from '../../follow/index.js';
import type { ReportContext } from '../report-context.js';
import type { Block, Section } from '../report-types.js';

/**
 * Appendix: the accompaniment log — each phase's hours against its budget, the hours by person
 * and activity, and the deliverables with their dates.
 */
export function logSection(ctx: ReportContext, log: LogSummary): Section {
  const f = (key: string) => ctx.tn(`follow:report.${key}`);
  const h = (x: number | null) => (x === null ? '—' : ctx.fmt.number(x, 2));
  const all: PhaseSummary[] = [...log.phases, ...(log.unassigned ? [log.unassigned] : [])];
  const name = (p: PhaseSummary) => p.name ?? f('outside');
  const dates = (p: PhaseSummary) =>
    p.startsOn && p.endsOn ? `${ctx.fmt.date(p.startsOn)} – ${ctx.fmt.date(p.endsOn)}` : '—';
  const byPerson = all.flatMap((p) => p.byPerson.map((x) => [name(p), x.key, h(x.hours)]));
  const byActivity = all.flatMap((p) => p.byActivity.map((x) => [name(p), x.key, h(x.hours)]));
  const deliverables = all.flatMap((p) =>
    p.deliverables.map((d) => [ctx.fmt.date(d.date), d.title, name(p)]),
  );
  const hoursTable = (caption: string, label: string, rows: string[][]): Block[] =>
    rows.length === 0
      ? []
      : [
          {
            type: 'table',
            caption,
            columns: [
              { label: f('phase'), align: 'left' },
              { label, align: 'left' },
              { label: f('hours'), align: 'right' },
            ],
            rows,
          },
        ];
  return {
    id: 'log',
    title: f('logTitle'),
    blocks: [
      { type: 'paragraph', text: f('logIntro') },
      {
        type: 'table',
        caption: f('phasesCaption'),
        columns: [
          { label: f('phase'), align: 'left' },
          { label: f('dates'), align: 'left' },
          { label: f('budget'), align: 'right' },
          { label: f('spent'), align: 'right' },
          { label: f('remaining'), align: 'right' },
        ],
        rows: [
          ...all.map((p) => [
            name(p),
            dates(p),
            h(p.budgetHours),
            h(p.spentHours),
            h(p.remainingHours),
          ]),
          [
            f('total'),
            '',
            h(log.budgetHours),
            h(log.spentHours),
            h(log.budgetHours - log.spentHours),
          ],
        ],
      },
      ...hoursTable(f('hoursByPersonCaption'), f('person'), byPerson),
      ...hoursTable(f('hoursByActivityCaption'), f('activity'), byActivity),
      ...(deliverables.length > 0
        ? [
            {
              type: 'table' as const,
              caption: f('deliverablesCaption'),
              columns: [
                { label: f('date'), align: 'left' as const },
                { label: f('deliverable'), align: 'left' as const },
                { label: f('phase'), align: 'left' as const },
              ],
              rows: deliverables,
            },
          ]
        : []),
    ],
  };
}
