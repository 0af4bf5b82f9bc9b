import { type FormEvent, useRef, useState } from 'react';
import { IMPORT_KINDS } from '../../model/choices.js';
import { ErrorMessage } from '../components/AsyncView.js';
import { ApiError, api, communityPath } from '../lib/api.js';
import { formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { summaryRows } from '../lib/import-summary.js';

/** The kinds of file Pouls imports (`pouls import KIND`). */
const KINDS = [...IMPORT_KINDS, 'survey'] as const;

/** One problem of an import, with where it is. */
interface ImportIssue {
  readonly code: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: string | number;
  readonly message: string;
}

/** The answer of `POST imports`. */
interface ImportResult {
  readonly ok: boolean;
  readonly summary: unknown;
  readonly issues: readonly ImportIssue[];
}

function SummaryList({ summary }: { summary: unknown }) {
  const { t, lang } = useLang();
  return (
    <dl className="stats">
      {summaryRows(summary).map((row) => (
        <div key={row.key}>
          <dt>{t(`web:imports.summary.${row.key}`, { defaultValue: row.key })}</dt>
          <dd>{formatNumber(lang, row.value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Upload a file, read the dry run and its problems, then confirm the import. */
export function ImportsPage({ slug }: { slug: string }) {
  const { t } = useLang();
  const form = useRef<HTMLFormElement>(null);
  const [result, setResult] = useState<{ dryRun: boolean; value: ImportResult }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const send = async (dryRun: boolean) => {
    if (!form.current) return;
    const data = new FormData(form.current);
    data.set('dryRun', String(dryRun));
    if (!data.get('format')) data.delete('format');
    setBusy(true);
    setError(undefined);
    try {
      const value = await api<ImportResult>(communityPath(slug, 'imports'), { form: data });
      setResult({ dryRun, value });
    } catch (cause) {
      setResult(undefined);
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
    } finally {
      setBusy(false);
    }
  };
  const check = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };
  const value = result?.value;
  return (
    <>
      <form
        ref={form}
        onSubmit={check}
        className="card stack"
        onChange={() => setResult(undefined)}
      >
        <p>{t('web:imports.intro')}</p>
        <label>
          {t('web:imports.kind')}
          <select name="kind" defaultValue="members">
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`web:imports.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('web:imports.file')}
          <input name="file" type="file" required />
        </label>
        <label>
          {t('web:imports.format')}
          <input name="format" placeholder={t('web:imports.formatHint')} />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {t('web:imports.check')}
        </button>
      </form>
      {error ? <ErrorMessage message={error} /> : null}
      {value ? (
        <section className="card stack" aria-labelledby="result-title" aria-live="polite">
          <h2 id="result-title">
            {result.dryRun
              ? value.ok
                ? t('web:imports.dryRunOk')
                : t('web:imports.dryRunIssues', { count: value.issues.length })
              : value.ok
                ? t('web:imports.done')
                : t('web:imports.refused', { count: value.issues.length })}
          </h2>
          {value.summary ? <SummaryList summary={value.summary} /> : null}
          {value.issues.length > 0 ? (
            <div className="table-wrap">
              <table>
                <caption>{t('web:imports.issues')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('web:imports.line')}</th>
                    <th scope="col">{t('web:imports.column')}</th>
                    <th scope="col">{t('web:imports.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {value.issues.map((issue, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: issues are a fixed list, shown once.
                    <tr key={i}>
                      <td>{issue.line ?? '—'}</td>
                      <td>{issue.column ?? '—'}</td>
                      <td>{issue.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {result.dryRun && value.ok ? (
            <button type="button" className="primary" disabled={busy} onClick={() => send(false)}>
              {t('web:imports.confirm')}
            </button>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
