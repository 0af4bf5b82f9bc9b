import type { Plan, Scenario } from '../../../model/plan.js';
import { formatNumber } from '../../lib/format.js';
import { useLang } from '../../lib/i18n.js';

/** The calendar of one scenario: each month's actions, hours and budget, months over budget flagged. */
export function PlanCalendar({ plan, scenario }: { plan: Plan; scenario: Scenario }) {
  const { t, lang } = useLang();
  const labels = new Map(plan.catalogue.map((a) => [a.id, a.label[lang]]));
  return (
    <div className="table-wrap">
      <table>
        <caption>
          {t('report:plan.calendarCaption', { scenario: t(`plan:scenario.${scenario.name}`) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('report:plan.month')}</th>
            <th scope="col">{t('report:plan.actions')}</th>
            <th scope="col">{t('report:plan.hours')}</th>
            <th scope="col">{t('report:plan.monthBudget')}</th>
          </tr>
        </thead>
        <tbody>
          {scenario.months.map((m) => (
            <tr key={m.month} className={m.overBudget ? 'over' : undefined}>
              <th scope="row">{t('report:plan.monthN', { n: m.month })}</th>
              <td>
                {m.actions.map((id) => (
                  <span key={id} className="chip" title={labels.get(id)}>
                    {id} · {labels.get(id) ?? id}
                  </span>
                ))}
              </td>
              <td>
                {formatNumber(lang, m.hours, 1)}
                {m.overBudget ? (
                  <span className="warn">
                    {' '}
                    ▲{' '}
                    <span className="sr-only">
                      {t('plan:overBudget', {
                        month: m.month,
                        excess: formatNumber(lang, m.excess, 1),
                      })}
                    </span>
                  </span>
                ) : null}
              </td>
              <td>{formatNumber(lang, m.budgetHours, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('report:plan.calendarNote')}</p>
    </div>
  );
}

/** Why each action is in or out of a scenario, in the planner's words. */
export function PlanExplanations({ plan, scenario }: { plan: Plan; scenario: Scenario }) {
  const { t, lang } = useLang();
  const labels = new Map(plan.catalogue.map((a) => [a.id, a.label[lang]]));
  const sorted = [...scenario.explanations].sort((a, b) => Number(b.selected) - Number(a.selected));
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('report:plan.action')}</th>
            <th scope="col">{t('web:plan.inPlan')}</th>
            <th scope="col">{t('web:plan.reason')}</th>
            <th scope="col">{t('report:plan.hours')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((e) => (
            <tr key={e.actionId}>
              <th scope="row">
                {e.actionId} · {labels.get(e.actionId) ?? e.actionId}
              </th>
              <td>{e.selected ? t('web:yes') : t('web:no')}</td>
              <td>{t(`plan:reason.${e.reason}`, { actions: e.related.join(', ') })}</td>
              <td>{formatNumber(lang, e.hours, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
