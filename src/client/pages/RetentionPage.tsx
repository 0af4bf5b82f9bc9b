import { useState } from 'react';
import { AsyncView, ErrorMessage } from '../components/AsyncView.js';
import { ApiError, api, communityPath } from '../lib/api.js';
import { formatDate } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { useApi } from '../lib/use-api.js';

/** `GET privacy/retention`, and what a run of it did. */
interface RetentionReport {
  readonly months: number | null;
  readonly asOf: string;
  readonly cutoff: string | null;
  readonly due: readonly { id: number; lastSeen: string }[];
  readonly undated: number;
  readonly alreadyErased: number;
  readonly summary?: { readonly members: number };
}

function PeriodForm(props: { slug: string; months: number | null; onSaved(): void }) {
  const { t } = useLang();
  const [months, setMonths] = useState(String(props.months ?? 24));
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState('');
  const save = async (value: number | null) => {
    setError(undefined);
    try {
      await api(communityPath(props.slug, 'privacy/retention'), {
        method: 'PUT',
        body: { months: value },
      });
      setSaved(t('webprivacy:retention.saved'));
      props.onSaved();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
    }
  };
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void save(Number(months));
      }}
    >
      <label>
        {t('webprivacy:retention.set')}
        <input
          type="number"
          min={1}
          max={1200}
          step={1}
          required
          value={months}
          onChange={(e) => setMonths(e.target.value)}
        />
      </label>
      {error ? <ErrorMessage message={error} /> : null}
      <div className="actions">
        <button type="submit" className="primary">
          {t('webprivacy:retention.save')}
        </button>
        {props.months !== null ? (
          <button type="button" onClick={() => save(null)}>
            {t('webprivacy:retention.remove')}
          </button>
        ) : null}
      </div>
      <p className="saved" role="status">
        {saved}
      </p>
    </form>
  );
}

function Run({
  slug,
  report,
  onApplied,
}: {
  slug: string;
  report: RetentionReport;
  onApplied(): void;
}) {
  const { t } = useLang();
  const [result, setResult] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (dryRun: boolean) => {
    setError(undefined);
    try {
      const done = await api<RetentionReport>(communityPath(slug, 'privacy/retention/apply'), {
        body: { dryRun },
      });
      setConfirming(false);
      const count = dryRun ? done.due.length : (done.summary?.members ?? 0);
      setResult(
        dryRun
          ? t('webprivacy:retention.dryRunResult', { count })
          : t('webprivacy:retention.applied', { count }),
      );
      if (!dryRun) onApplied();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
    }
  };
  const due = report.due.length;
  return (
    <>
      <div className="actions">
        <button type="button" onClick={() => run(true)}>
          {t('webprivacy:retention.dryRun')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={due === 0}
          onClick={() => setConfirming(true)}
        >
          {t('webprivacy:retention.apply')}
        </button>
      </div>
      {confirming ? (
        <div className="confirm">
          <p>{t('webprivacy:retention.confirmApply', { count: due })}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => run(false)}>
              {t('webprivacy:retention.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('webprivacy:retention.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {error ? <ErrorMessage message={error} /> : null}
      <p className="saved" role="status">
        {result || (due === 0 && report.months !== null ? t('webprivacy:retention.nothing') : '')}
      </p>
    </>
  );
}

/** The community's retention period (admins): view, set, dry run, apply. */
export function RetentionPage({ slug }: { slug: string }) {
  const { t, lang } = useLang();
  const state = useApi<RetentionReport>(communityPath(slug, 'privacy/retention'));
  return (
    <AsyncView state={state}>
      {(report) => (
        <>
          <section className="card" aria-labelledby="retention-period">
            <h2 id="retention-period">{t('webprivacy:retention.current')}</h2>
            <p>{t('webprivacy:retention.intro')}</p>
            <p className="retention-now">
              {report.months === null
                ? t('webprivacy:retention.off')
                : t('webprivacy:retention.months', { count: report.months })}
            </p>
            <PeriodForm slug={slug} months={report.months} onSaved={state.reload} />
          </section>
          <section className="card" aria-labelledby="retention-effect">
            <h2 id="retention-effect">
              {t('webprivacy:retention.effect', { date: formatDate(lang, report.asOf) })}
            </h2>
            <dl className="stats">
              {report.cutoff ? (
                <div>
                  <dt>{t('webprivacy:retention.cutoff')}</dt>
                  <dd>{formatDate(lang, report.cutoff)}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('webprivacy:retention.due')}</dt>
                <dd>{report.due.length}</dd>
              </div>
              <div>
                <dt>{t('webprivacy:retention.undated')}</dt>
                <dd>{report.undated}</dd>
              </div>
              <div>
                <dt>{t('webprivacy:retention.alreadyErased')}</dt>
                <dd>{report.alreadyErased}</dd>
              </div>
            </dl>
            <Run slug={slug} report={report} onApplied={state.reload} />
          </section>
        </>
      )}
    </AsyncView>
  );
}
