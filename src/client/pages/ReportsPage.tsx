import { useState } from 'react';
import { ErrorMessage } from '../components/AsyncView.js';
import { ApiError, api, communityPath } from '../lib/api.js';
import { formatDate } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { useApi } from '../lib/use-api.js';

const FORMATS = ['pdf', 'docx', 'pptx', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface Generated {
  readonly id: string;
  readonly url: string;
  readonly format: Format;
  readonly lang: string;
  readonly createdAt?: string;
}

/** Generate the report in any format and language, preview the HTML one, download them. */
export function ReportsPage({ slug }: { slug: string }) {
  const { t, lang } = useLang();
  const [format, setFormat] = useState<Format>('pdf');
  const [reportLang, setReportLang] = useState<string>(lang);
  const saved = useApi<Generated[]>(communityPath(slug, 'reports'));
  const reports = saved.data ?? [];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const generate = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api(communityPath(slug, 'reports'), { body: { format, lang: reportLang } });
      saved.reload();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
    } finally {
      setBusy(false);
    }
  };
  const preview = reports.find((r) => r.format === 'html');
  return (
    <>
      <section className="card stack" aria-labelledby="generate-title">
        <h2 id="generate-title">{t('web:reports.generate')}</h2>
        <p>{t('web:reports.intro')}</p>
        <fieldset>
          <legend>{t('web:reports.format')}</legend>
          {FORMATS.map((f) => (
            <label key={f} className="check">
              <input
                type="radio"
                name="format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />{' '}
              {t(`web:reports.formats.${f}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('web:reports.language')}
          <select value={reportLang} onChange={(e) => setReportLang(e.target.value)}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <button type="button" className="primary" onClick={generate} disabled={busy}>
          {busy ? t('web:reports.working') : t('web:reports.submit')}
        </button>
        {error ? <ErrorMessage message={error} /> : null}
      </section>
      {reports.length > 0 ? (
        <section className="card" aria-labelledby="ready-title" aria-live="polite">
          <h2 id="ready-title">{t('web:reports.ready')}</h2>
          <ul>
            {reports.map((r) => (
              <li key={r.id}>
                <a href={r.url} download>
                  {t('web:reports.download', {
                    format: t(`web:reports.formats.${r.format}`),
                    lang: r.lang === 'fr' ? 'Français' : 'English',
                  })}
                </a>
                {r.createdAt ? (
                  <span className="muted"> · {formatDate(lang, r.createdAt)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview ? (
        <section className="card" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('web:reports.preview')}</h2>
          <iframe
            className="preview"
            title={t('web:reports.preview')}
            src={`${preview.url}${preview.url.includes('?') ? '&' : '?'}inline=1`}
            sandbox=""
          />
        </section>
      ) : null}
    </>
  );
}
