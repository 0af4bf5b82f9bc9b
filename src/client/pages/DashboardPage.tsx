import type { Analysis } from '../../model/analysis.js';
import type { Diagnosis } from '../../model/diagnosis.js';
import { AsyncView } from '../components/AsyncView.js';
import { BarChart } from '../components/BarChart.js';
import { LineChart } from '../components/LineChart.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { communityPath } from '../lib/api.js';
import { formatMonth, formatNumber, formatPercent, typeset } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { type KeyFigure, keyFigures, statusOf } from '../lib/key-figures.js';
import { useApi } from '../lib/use-api.js';

const LEVELS = ['core', 'active', 'occasional', 'peripheral', 'inactive'] as const;

function FigureCard({ figure }: { figure: KeyFigure }) {
  const { t, lang } = useLang();
  /** The bounds in the report's words: shares as percentages, R1's gaps in weeks. */
  const limitVars = ({ id, limits }: KeyFigure): Record<string, string> => {
    const text = (v: number | null | undefined, f: (x: number) => string) =>
      v === null || v === undefined ? t('report:notAvailable') : f(v);
    if (id === 'P4') return { green: text(limits.green, (v) => formatNumber(lang, v, 1)) };
    if (id === 'R1') {
      const weeks = (v: number) => formatNumber(lang, v / 7, 1);
      return {
        perYear: text(limits.perYear, (v) => formatNumber(lang, v, 1)),
        greenWeeks: text(limits.greenGapDays, weeks),
        redWeeks: text(limits.redGapDays, weeks),
      };
    }
    const pct = (v: number) => formatPercent(lang, v);
    return { green: text(limits.green, pct), red: text(limits.red, pct) };
  };
  const value =
    figure.value === null
      ? t('report:participation.noData')
      : figure.kind === 'share'
        ? formatPercent(lang, figure.value)
        : formatNumber(lang, figure.value, figure.kind === 'rate' ? 1 : 0);
  const vars: Record<string, string | number> = {};
  for (const [key, v] of Object.entries(figure.detail)) {
    vars[key] =
      v === null ? t('report:notAvailable') : formatNumber(lang, v, key === 'rate' ? 1 : 0);
  }
  if (figure.id === 'R1') {
    const days = figure.detail.gapDays ?? null;
    vars.gap =
      days === null
        ? t('report:notAvailable')
        : t('report:weeks', { weeks: formatNumber(lang, days / 7, 1), days });
  }
  return (
    <li className={`figure figure-${figure.status}`}>
      <h3>{t(`report:indicators.${figure.id}.label`)}</h3>
      <p className="figure-value">{value}</p>
      <StatusBadge status={figure.status} />
      <p className="figure-detail">
        {typeset(lang, t(`report:indicators.${figure.id}.detail`, vars))}
      </p>
      <p className="figure-threshold">
        {typeset(
          lang,
          t('web:dashboard.thresholdLine', {
            label: t('report:output.threshold'),
            text: t(`report:indicators.${figure.id}.threshold`, limitVars(figure)),
          }),
        )}
      </p>
    </li>
  );
}

function Dashboard({ analysis, diagnosis }: { analysis: Analysis; diagnosis: Diagnosis }) {
  const { t, lang } = useLang();
  const { members, timeline, stage } = analysis;
  const months = timeline.map((m) => formatMonth(lang, m.month));
  const active = timeline.map((m) => m.activeMembers);
  const messages = timeline.map((m) => m.messages);
  const first = timeline[0]?.month ?? '';
  const last = timeline[timeline.length - 1]?.month ?? '';
  return (
    <>
      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{t('report:summary.indicatorsTitle')}</h2>
        <ul className="figures">
          {keyFigures(analysis, diagnosis).map((f) => (
            <FigureCard key={f.id} figure={f} />
          ))}
        </ul>
        <p className="muted">{typeset(lang, t('report:summary.legend'))}</p>
      </section>

      <section aria-labelledby="stage-title" className="card stage">
        <h2 id="stage-title">{t('report:stage.title')}</h2>
        <p className="stage-name">{t(`common:stage.${stage.stage}`)}</p>
        <p>{t(`report:stage.description.${stage.stage}`)}</p>
        {stage.relaunch ? <p>{t('report:stage.relaunch')}</p> : null}
        <p className="muted">{t('report:stage.callout')}</p>
      </section>

      <section aria-labelledby="portrait-title" className="card">
        <h2 id="portrait-title">{t('report:portrait.title')}</h2>
        <dl className="stats">
          <div>
            <dt>{t('report:portrait.members')}</dt>
            <dd>{formatNumber(lang, members.total)}</dd>
          </div>
          <div>
            <dt>{t('report:portrait.active')}</dt>
            <dd>{formatNumber(lang, members.active)}</dd>
          </div>
          <div>
            <dt>{t('report:portrait.new')}</dt>
            <dd>{formatNumber(lang, members.new)}</dd>
          </div>
          <div>
            <dt>{t('report:portrait.staff')}</dt>
            <dd>{formatNumber(lang, members.staff)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="evolution-title" className="card">
        <h2 id="evolution-title">{t('report:evolution.title')}</h2>
        {timeline.length === 0 ? (
          <p>{t('report:evolution.empty')}</p>
        ) : (
          <LineChart
            labels={months}
            title={t('report:evolution.chartCaption')}
            description={t('report:evolution.chartAlt', {
              from: formatMonth(lang, first),
              to: formatMonth(lang, last),
              activeMin: Math.min(...active),
              activeMax: Math.max(...active),
              messagesMin: Math.min(...messages),
              messagesMax: Math.max(...messages),
            })}
            series={[
              { name: t('report:evolution.activeMembers'), values: active, colour: '#1f5fa8' },
              { name: t('report:evolution.messages'), values: messages, colour: '#a04a00' },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="levels-title" className="card">
        <h2 id="levels-title">{t('report:participation.levelsTitle')}</h2>
        <p>{t('report:participation.levelsIntro')}</p>
        <BarChart
          title={t('report:participation.levelsCaption')}
          rows={LEVELS.map((level) => {
            const n = members.byLevel[level] ?? 0;
            return {
              label: t(`common:level.${level}`),
              value: n,
              text: `${formatNumber(lang, n)} (${formatPercent(lang, members.total ? n / members.total : 0)})`,
            };
          })}
        />
      </section>

      <section aria-labelledby="all-title" className="card">
        <h2 id="all-title">{t('web:dashboard.allIndicators')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('report:evolution.indicator')}</th>
                <th scope="col">{t('report:network.value')}</th>
                <th scope="col">{t('web:dashboard.status')}</th>
                <th scope="col">{t('report:output.threshold')}</th>
              </tr>
            </thead>
            <tbody>
              {diagnosis.indicators.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    {i.label[lang]} <span className="muted">({i.id})</span>
                  </th>
                  <td>
                    {i.value === null ? t('report:notAvailable') : formatNumber(lang, i.value, 2)}
                  </td>
                  <td>
                    <StatusBadge status={statusOf(i)} />
                  </td>
                  <td>
                    {t('web:dashboard.thresholds', {
                      green: i.thresholds.green,
                      red: i.thresholds.red,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

/** The dashboard: stage, the report's key figures with their colours and thresholds, trends. */
export function DashboardPage({ slug }: { slug: string }) {
  const analysis = useApi<Analysis>(communityPath(slug, 'analysis'));
  const diagnosis = useApi<Diagnosis>(communityPath(slug, 'diagnosis'));
  return (
    <AsyncView state={analysis}>
      {(a) => (
        <AsyncView state={diagnosis}>{(d) => <Dashboard analysis={a} diagnosis={d} />}</AsyncView>
      )}
    </AsyncView>
  );
}
