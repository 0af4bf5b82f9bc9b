import { useId, useState } from 'react';
import type { Diagnosis } from '../../model/diagnosis.js';
import type { Plan } from '../../model/plan.js';
import { AsyncView } from '../components/AsyncView.js';
import { communityPath } from '../lib/api.js';
import { formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { hasRole, roleIn, useSession } from '../lib/session.js';
import { useApi } from '../lib/use-api.js';
import { useDebounced } from '../lib/use-debounced.js';
import { PlanCalendar, PlanExplanations } from './plan/PlanCalendar.js';
import { type PlanSettings, PlanSettingsEditor } from './plan/PlanSettingsEditor.js';
import { ScenarioTable } from './plan/ScenarioTable.js';

/** The budget the slider starts at, in staff hours per month. */
export const DEFAULT_BUDGET = 20;
const MIN_BUDGET = 5;
const MAX_BUDGET = 100;
/** Budgets move in steps of 5 h, each asked once and then cached by the server. */
const BUDGET_STEP = 5;

/** The plan editor: a budget slider that re-runs the optimiser, scenarios, calendar, settings. */
export function PlanPage({ slug }: { slug: string }) {
  const { t, lang } = useLang();
  const { user } = useSession();
  const [budget, setBudget] = useState(DEFAULT_BUDGET);
  const [shown, setShown] = useState<string>('custom');
  const [rate, setRate] = useState('');
  const sliderId = useId();
  const asked = useDebounced(budget, 150);
  const hourly = Number(rate) > 0 ? `&rate=${Number(rate)}` : '';
  const state = useApi<Plan>(`${communityPath(slug, 'plan')}?budget=${asked}${hourly}`);
  const diagnosis = useApi<Diagnosis>(communityPath(slug, 'diagnosis'));
  const settings = useApi<PlanSettings>(communityPath(slug, 'plan-settings'));
  const canEdit = hasRole(roleIn(user, slug), 'facilitator');
  return (
    <>
      <section aria-labelledby="budget-title" className="card">
        <h2 id="budget-title">{t('web:plan.budgetTitle')}</h2>
        <p>{t('web:plan.budgetIntro')}</p>
        <div className="slider">
          <label htmlFor={sliderId}>{t('web:plan.budgetLabel')}</label>
          <input
            id={sliderId}
            type="range"
            min={MIN_BUDGET}
            max={MAX_BUDGET}
            step={BUDGET_STEP}
            value={budget}
            onChange={(e) => setBudget(Number(e.target.value))}
            aria-valuetext={t('web:plan.perMonth', { hours: budget })}
          />
          <output htmlFor={sliderId}>{t('web:plan.perMonth', { hours: budget })}</output>
        </div>
        <label className="rate">
          {t('web:plan.rate')}{' '}
          <input
            type="number"
            min="0"
            step="1"
            inputMode="decimal"
            value={rate}
            onChange={(e) => setRate(e.target.value)}
          />
        </label>
        <AsyncView state={state}>
          {(plan) => {
            const custom = plan.scenarios.find((s) => s.name === 'custom');
            return custom ? (
              <p role="status" className="plan-summary" aria-busy={state.loading}>
                {t('web:plan.customSummary', {
                  hours: formatNumber(lang, custom.totalHours),
                  perMonth: formatNumber(lang, custom.hoursPerMonth, 1),
                  count: custom.selected.length,
                  actions: custom.selected.join(' '),
                })}
              </p>
            ) : null;
          }}
        </AsyncView>
      </section>
      <AsyncView state={state}>
        {(plan) => {
          const scenario =
            plan.scenarios.find((s) => s.name === shown) ?? plan.scenarios[0] ?? undefined;
          return (
            <>
              <section aria-labelledby="scenarios-title" className="card">
                <h2 id="scenarios-title">{t('report:plan.scenariosTitle')}</h2>
                <p>
                  {t('report:plan.scenariosIntro', {
                    months: plan.settings.horizon,
                    contingency: formatNumber(lang, plan.settings.contingency, 1),
                    fteHours: formatNumber(lang, plan.settings.hoursPerFte),
                  })}
                </p>
                <ScenarioTable plan={plan} />
              </section>
              {scenario ? (
                <section aria-labelledby="calendar-title" className="card">
                  <h2 id="calendar-title">{t('web:plan.calendarTitle')}</h2>
                  <label>
                    {t('report:plan.scenario')}{' '}
                    <select value={scenario.name} onChange={(e) => setShown(e.target.value)}>
                      {plan.scenarios.map((s) => (
                        <option key={s.name} value={s.name}>
                          {t(`plan:scenario.${s.name}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <PlanCalendar plan={plan} scenario={scenario} />
                  <details>
                    <summary>{t('web:plan.why')}</summary>
                    <PlanExplanations plan={plan} scenario={scenario} />
                  </details>
                </section>
              ) : null}
              <PlanSettingsEditor
                slug={slug}
                plan={plan}
                settings={settings.data ?? {}}
                diagnosis={diagnosis.data}
                canEdit={canEdit}
                onSaved={() => {
                  settings.reload();
                  state.reload();
                }}
              />
            </>
          );
        }}
      </AsyncView>
    </>
  );
}
