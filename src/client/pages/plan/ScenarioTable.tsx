import type { Plan, Scenario } from '../../../model/plan.js';
import { formatNumber } from '../../lib/format.js';
import { useLang } from '../../lib/i18n.js';

/** The scenarios side by side: budget, hours, FTE, cost, member hours, value and actions. */
export function ScenarioTable({ plan }: { plan: Plan }) {
  const { t, lang } = useLang();
  const n = (v: number, d = 0) => formatNumber(lang, v, d);
  const rows: [string, (s: Scenario) => string][] = [
    [t('plan:column.budget'), (s) => n(s.budgetHours)],
    [t('plan:column.hours'), (s) => n(s.totalHours)],
    [t('plan:column.hoursPerMonth'), (s) => n(s.hoursPerMonth, 1)],
    [t('plan:column.fte'), (s) => n(s.fte, 2)],
    [
      t('plan:column.cost'),
      (s) => (s.cost ? t('report:plan.money', { amount: n(s.cost.amount) }) : '—'),
    ],
    [t('plan:column.memberHours'), (s) => n(s.memberHours)],
    [t('plan:column.value'), (s) => `${n(s.value, 1)} / ${n(s.maxValue, 1)}`],
    [t('report:plan.actions'), (s) => s.selected.join(' ')],
  ];
  return (
    <div className="table-wrap">
      <table className="scenarios">
        <caption>{t('report:plan.scenariosCaption')}</caption>
        <thead>
          <tr>
            <td />
            {plan.scenarios.map((s) => (
              <th scope="col" key={s.name} className={s.name === 'custom' ? 'custom' : undefined}>
                {t(`plan:scenario.${s.name}`)}
                {s.overBudget ? <span className="warn"> ▲</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {plan.scenarios.map((s) => (
                <td key={s.name} data-scenario={s.name}>
                  {cell(s)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
