import type { ReportContext } from '../report-context.js';
import type { Section } from '../report-types.js';

/** Every figure the report shows, in the order of the sections. */
const TERMS = [
  'P1',
  'levels',
  'P4',
  'P5',
  'P6',
  'P3',
  'gini',
  'top10',
  'absence',
  'responsiveness',
  'R1',
  'yoy',
  'density',
  'clustering',
  'components',
  'crossTies',
  'kcore',
  'modularity',
  'betweenness',
  'stage',
] as const;

const LIMITS = ['traces', 'thresholds', 'identity', 'stage', 'survey'] as const;

/** Appendix: definitions with sources, data sources, limits and the confidentiality rule. */
export function appendixSection(ctx: ReportContext): Section {
  const { analysis, fmt } = ctx;
  return {
    id: 'appendix',
    title: ctx.t('appendix.title'),
    blocks: [],
    subsections: [
      {
        id: 'appendix-definitions',
        title: ctx.t('appendix.definitionsTitle'),
        blocks: [
          {
            type: 'table',
            caption: ctx.t('appendix.definitionsCaption'),
            columns: [
              { label: ctx.t('appendix.term'), align: 'left' },
              { label: ctx.t('appendix.definition'), align: 'left' },
              { label: ctx.t('appendix.source'), align: 'left' },
            ],
            rows: TERMS.map((term) => [
              ctx.t(`appendix.terms.${term}.term`),
              ctx.t(`appendix.terms.${term}.text`),
              ctx.t(`appendix.terms.${term}.source`),
            ]),
          },
        ],
      },
      {
        id: 'appendix-sources',
        title: ctx.t('appendix.sourcesTitle'),
        blocks: [
          {
            type: 'paragraph',
            text: ctx.t('appendix.sources', {
              asOf: fmt.date(analysis.asOf),
              window: analysis.windowDays,
            }),
          },
        ],
      },
      {
        id: 'appendix-limits',
        title: ctx.t('appendix.limitsTitle'),
        blocks: [
          {
            type: 'list',
            ordered: false,
            items: LIMITS.map((limit) => ctx.t(`appendix.limits.${limit}`)),
          },
        ],
      },
      {
        id: 'appendix-confidentiality',
        title: ctx.t('appendix.confidentialityTitle'),
        blocks: [
          {
            type: 'callout',
            tone: 'info',
            title: ctx.t('appendix.confidentialityTitle'),
            text: ctx.t('appendix.confidentiality'),
          },
        ],
      },
    ],
  };
}
