import { type FormEvent, useState } from 'react';
import type { Diagnosis } from '../../../model/diagnosis.js';
import {
  ACTION_STAGES,
  type CustomActions,
  PHASES,
  type Phase,
  type Plan,
  type Priority,
} from '../../../model/plan.js';
import { ErrorMessage } from '../../components/AsyncView.js';
import { ApiError, api, communityPath } from '../../lib/api.js';
import { useLang } from '../../lib/i18n.js';
import { customAction, nextId, priority } from './plan-settings.js';

/** The saved plan settings (`GET plan-settings`). */
export interface PlanSettings {
  readonly actions?: CustomActions;
  readonly priorities?: Priority[];
}

/** Priorities and custom actions, saved with `PUT plan-settings`; the plan is then re-run. */
export function PlanSettingsEditor(props: {
  slug: string;
  plan: Plan;
  settings: PlanSettings;
  diagnosis: Diagnosis | undefined;
  canEdit: boolean;
  onSaved(): void;
}) {
  const { t, lang } = useLang();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const { plan } = props;
  const titles = new Map(props.diagnosis?.findings.map((f) => [f.id, f.title[lang]]) ?? []);
  const priorities = props.settings.priorities ?? [];
  const actions = props.settings.actions ?? [];
  const labels = new Map(plan.catalogue.map((a) => [a.id, a.label[lang]]));
  const save = async (body: object, message: string) => {
    setError(undefined);
    setSaved(undefined);
    try {
      await api(communityPath(props.slug, 'plan-settings'), { method: 'PUT', body });
      setSaved(message);
      props.onSaved();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
    }
  };
  const addPriority = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const id = nextId(
      'P',
      priorities.map((p) => p.id),
    );
    const next = priority(
      id,
      String(data.get('label')).trim(),
      Number(data.get('weight')),
      data.getAll('findings').map(String),
    );
    form.reset();
    void save({ priorities: [...priorities, next] }, t('web:plan.prioritySaved'));
  };
  const addAction = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const id = nextId(
      'X',
      plan.catalogue.map((a) => a.id),
    );
    const action = customAction(
      id,
      {
        label: String(data.get('label')).trim(),
        phase: String(data.get('phase')) as Phase,
        setupHours: Number(data.get('setup')),
        hoursPerOccurrence: Number(data.get('hours')),
        perYear: Number(data.get('perYear')),
        freins: data.getAll('freins').map(String),
      },
      ACTION_STAGES,
      t('web:plan.stewardSource'),
    );
    form.reset();
    void save({ actions: [...actions, action] }, t('web:plan.actionSaved'));
  };
  const freins = plan.findings.filter((f) => f.id.startsWith('frein-'));
  return (
    <section aria-labelledby="settings-title" className="card">
      <h2 id="settings-title">{t('web:plan.settingsTitle')}</h2>
      <div role="status" className="saved">
        {saved}
      </div>
      {error ? <ErrorMessage message={error} /> : null}
      <div className="columns">
        <div>
          <h3>{t('web:priorities')}</h3>
          {priorities.length === 0 ? <p className="muted">{t('web:plan.noPriority')}</p> : null}
          <ul>
            {priorities.map((p) => (
              <li key={p.id}>
                {p.label[lang]} · {t('web:plan.weight')} {p.weight}
                {p.findings?.length ? ` · ${p.findings.join(', ')}` : ''}{' '}
                {props.canEdit ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      save(
                        { priorities: priorities.filter((q) => q.id !== p.id) },
                        t('web:plan.prioritySaved'),
                      )
                    }
                  >
                    {t('web:plan.remove')}
                    <span className="sr-only"> {p.label[lang]}</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          {props.canEdit ? (
            <form onSubmit={addPriority} className="stack">
              <label>
                {t('web:plan.priorityLabel')}
                <input name="label" required maxLength={120} />
              </label>
              <label>
                {t('web:plan.weight')}
                <select name="weight" defaultValue="1">
                  {[1, 2, 3].map((w) => (
                    <option key={w} value={w}>
                      {t(`web:plan.weights.${w}`)}
                    </option>
                  ))}
                </select>
              </label>
              <fieldset>
                <legend>{t('web:plan.touches')}</legend>
                {plan.findings.map((f) => (
                  <label key={f.id} className="check">
                    <input type="checkbox" name="findings" value={f.code} /> {f.code} ·{' '}
                    {titles.get(f.id) ?? f.id}
                  </label>
                ))}
              </fieldset>
              <button type="submit">{t('web:plan.addPriority')}</button>
            </form>
          ) : null}
        </div>
        <div>
          <h3>{t('web:plan.customActions')}</h3>
          {actions.length === 0 ? <p className="muted">{t('web:plan.noCustom')}</p> : null}
          <ul>
            {actions.map((a) => (
              <li key={a.id}>
                {a.id} · {a.label?.[lang] ?? labels.get(a.id) ?? a.id}{' '}
                {props.canEdit ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      save(
                        { actions: actions.filter((c) => c.id !== a.id) },
                        t('web:plan.actionSaved'),
                      )
                    }
                  >
                    {t('web:plan.remove')}
                    <span className="sr-only"> {a.label?.[lang] ?? a.id}</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          {props.canEdit ? (
            <form onSubmit={addAction} className="stack">
              <label>
                {t('web:plan.actionLabel')}
                <input name="label" required maxLength={120} />
              </label>
              <label>
                {t('report:plan.phase')}
                <select name="phase" defaultValue="run">
                  {PHASES.map((p) => (
                    <option key={p} value={p}>
                      {t(`plan:phase.${p}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('web:plan.setupHours')}
                <input name="setup" type="number" min="0" step="0.5" defaultValue="4" required />
              </label>
              <label>
                {t('web:plan.hoursPerOccurrence')}
                <input name="hours" type="number" min="0" step="0.5" defaultValue="2" required />
              </label>
              <label>
                {t('web:plan.perYear')}
                <input name="perYear" type="number" min="0" step="1" defaultValue="6" required />
              </label>
              <fieldset>
                <legend>{t('web:plan.answersFreins')}</legend>
                {freins.map((f) => (
                  <label key={f.id} className="check">
                    <input type="checkbox" name="freins" value={f.code} /> {f.code} ·{' '}
                    {titles.get(f.id) ?? f.id}
                  </label>
                ))}
              </fieldset>
              <button type="submit">{t('web:plan.addAction')}</button>
            </form>
          ) : null}
        </div>
      </div>
    </section>
  );
}
