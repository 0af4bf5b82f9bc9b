import '../follow.css';
import { type FormEvent, type ReactNode, useState } from 'react';
import { AsyncView, ErrorMessage } from '../components/AsyncView.js';
import { ApiError, api, communityPath } from '../lib/api.js';
import type { HoursBy, LogSummary, PhaseSummary } from '../lib/follow-types.js';
import { formatDate, formatNumber, formatPercent } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { hasRole, roleIn, useSession } from '../lib/session.js';
import { useApi } from '../lib/use-api.js';

function HoursTable(props: { caption: string; head: string; rows: readonly HoursBy[] }) {
  const { t, lang } = useLang();
  if (props.rows.length === 0) return null;
  return (
    <div className="table-wrap">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.head}</th>
            <th scope="col" className="num">
              {t('webfollow:log.hours')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.key}</th>
              <td className="num">{formatNumber(lang, r.hours, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PhaseCard({ phase }: { phase: PhaseSummary }) {
  const { t, lang } = useLang();
  const h = (n: number) => formatNumber(lang, n, 1);
  const title = phase.name ?? t('follow:log.outside');
  return (
    <section className="card stack" aria-label={title}>
      <h2>{title}</h2>
      {phase.startsOn && phase.endsOn ? (
        <p className="muted">
          {t('webfollow:log.period', {
            start: formatDate(lang, phase.startsOn),
            end: formatDate(lang, phase.endsOn),
          })}
        </p>
      ) : null}
      <p>
        {phase.budgetHours === null
          ? t('webfollow:log.spentNoBudget', { spent: h(phase.spentHours) })
          : t('webfollow:log.spent', { spent: h(phase.spentHours), budget: h(phase.budgetHours) })}
        {phase.remainingHours !== null ? (
          <>
            {' · '}
            <strong className={phase.over ? 'over' : undefined}>
              {phase.over
                ? t('webfollow:log.over', { hours: h(-phase.remainingHours) })
                : t('webfollow:log.remaining', { hours: h(phase.remainingHours) })}
            </strong>
          </>
        ) : null}
      </p>
      {phase.used !== null ? (
        <div className="budget-bar">
          <progress
            max={1}
            value={Math.min(phase.used, 1)}
            aria-label={t('webfollow:log.budgetUse')}
          />
          <span>{formatPercent(lang, phase.used)}</span>
        </div>
      ) : null}
      <div className="columns">
        <HoursTable
          caption={t('follow:log.byPerson')}
          head={t('webfollow:log.person')}
          rows={phase.byPerson}
        />
        <HoursTable
          caption={t('follow:log.byActivity')}
          head={t('webfollow:log.activity')}
          rows={phase.byActivity}
        />
      </div>
      <h3>{t('follow:log.deliverables')}</h3>
      {phase.deliverables.length === 0 ? (
        <p className="muted">{t('webfollow:log.noDeliverable')}</p>
      ) : (
        <ul>
          {phase.deliverables.map((d) => (
            <li key={d.id}>
              {formatDate(lang, d.date)} — {d.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A small form posting its fields as JSON to one log route. */
function EntryForm(props: {
  id: string;
  title: string;
  path: string;
  body(data: FormData): unknown;
  onAdded(): void;
  children: ReactNode;
}) {
  const { t } = useLang();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setError(undefined);
    setStatus('');
    try {
      await api(props.path, { body: props.body(new FormData(form)) });
      setStatus(t('webfollow:log.added'));
      form.reset();
      props.onAdded();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
    }
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
      <div className="actions">
        <button type="submit" className="primary">
          {t('webfollow:log.add')}
        </button>
      </div>
      <p role="status">{status}</p>
      {error ? <ErrorMessage message={error} /> : null}
    </form>
  );
}

function Field(props: {
  id: string;
  label: string;
  type?: string;
  step?: string;
  required?: boolean;
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.id.replace(/^log-/, '')}
        type={props.type ?? 'text'}
        step={props.step}
        required={props.required ?? true}
      />
    </>
  );
}

function PhasePick({ phases }: { phases: readonly PhaseSummary[] }) {
  const { t } = useLang();
  return (
    <>
      <label htmlFor="log-phase">{t('webfollow:log.phase')}</label>
      <select id="log-phase" name="phase" defaultValue="">
        <option value="">{t('webfollow:log.phaseAuto')}</option>
        {phases.map((p) => (p.name ? <option key={p.name}>{p.name}</option> : null))}
      </select>
    </>
  );
}

const text = (data: FormData, key: string) => String(data.get(key) ?? '').trim();
const optionalPhase = (data: FormData) =>
  text(data, 'phase') ? { phase: text(data, 'phase') } : {};

/** The accompaniment log: phases against their hour budget, hours by person and activity. */
export function LogPage({ slug }: { slug: string }) {
  const { t, lang } = useLang();
  const { user } = useSession();
  const state = useApi<LogSummary>(communityPath(slug, 'log'));
  const canWrite = hasRole(roleIn(user, slug), 'facilitator');
  return (
    <>
      <p>{t('webfollow:log.intro')}</p>
      <AsyncView state={state}>
        {(log) => (
          <>
            {log.phases.length === 0 && !log.unassigned ? <p>{t('webfollow:log.none')}</p> : null}
            {log.phases.length > 0 ? (
              <p>
                <strong>
                  {t('webfollow:log.total', {
                    spent: formatNumber(lang, log.spentHours, 1),
                    budget: formatNumber(lang, log.budgetHours, 1),
                  })}
                </strong>
              </p>
            ) : null}
            {log.phases.map((p) => (
              <PhaseCard key={p.id ?? 'none'} phase={p} />
            ))}
            {log.unassigned ? <PhaseCard phase={log.unassigned} /> : null}
            {canWrite ? (
              <div className="columns">
                <EntryForm
                  id="log-add-hours"
                  title={t('webfollow:log.addHours')}
                  path={communityPath(slug, 'log/hours')}
                  onAdded={state.reload}
                  body={(d) => ({
                    date: text(d, 'date'),
                    person: text(d, 'person'),
                    activity: text(d, 'activity'),
                    hours: Number(text(d, 'hours').replace(',', '.')),
                    ...optionalPhase(d),
                  })}
                >
                  <Field id="log-date" label={t('webfollow:log.date')} type="date" />
                  <Field id="log-person" label={t('webfollow:log.person')} />
                  <Field id="log-activity" label={t('webfollow:log.activity')} />
                  <Field
                    id="log-hours"
                    label={t('webfollow:log.hours')}
                    type="number"
                    step="0.25"
                  />
                  <PhasePick phases={log.phases} />
                </EntryForm>
                <EntryForm
                  id="log-add-deliverable"
                  title={t('webfollow:log.addDeliverable')}
                  path={communityPath(slug, 'log/deliverables')}
                  onAdded={state.reload}
                  body={(d) => ({
                    date: text(d, 'ddate'),
                    title: text(d, 'title'),
                    ...optionalPhase(d),
                  })}
                >
                  <Field id="log-ddate" label={t('webfollow:log.date')} type="date" />
                  <Field id="log-title" label={t('webfollow:log.title')} />
                </EntryForm>
                <EntryForm
                  id="log-add-phase"
                  title={t('webfollow:log.addPhase')}
                  path={communityPath(slug, 'log/phases')}
                  onAdded={state.reload}
                  body={(d) => ({
                    name: text(d, 'name'),
                    startsOn: text(d, 'startsOn'),
                    endsOn: text(d, 'endsOn'),
                    budgetHours: Number(text(d, 'budgetHours')),
                  })}
                >
                  <Field id="log-name" label={t('webfollow:log.name')} />
                  <Field id="log-startsOn" label={t('webfollow:log.startsOn')} type="date" />
                  <Field id="log-endsOn" label={t('webfollow:log.endsOn')} type="date" />
                  <Field
                    id="log-budgetHours"
                    label={t('webfollow:log.budgetHours')}
                    type="number"
                  />
                </EntryForm>
              </div>
            ) : null}
          </>
        )}
      </AsyncView>
    </>
  );
}
