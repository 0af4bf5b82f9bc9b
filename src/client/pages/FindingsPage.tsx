import { useState } from 'react';
import type { Diagnosis } from '../../model/diagnosis.js';
import type { Finding } from '../../model/finding.js';
import { AsyncView, ErrorMessage } from '../components/AsyncView.js';
import { ApiError, api, communityPath } from '../lib/api.js';
import { formatPercent } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { hasRole, roleIn, useSession } from '../lib/session.js';
import { useApi } from '../lib/use-api.js';

const KINDS = ['frein', 'levier', 'besoin', 'constat'] as const;
type Status = 'confirmed' | 'dismissed' | 'noted';

function FindingCard(props: {
  slug: string;
  finding: Finding;
  canJudge: boolean;
  onJudged(): void;
}) {
  const { t, lang } = useLang();
  const { finding } = props;
  const [note, setNote] = useState(finding.judgement?.note ?? '');
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState('');
  const judge = async (status: Status) => {
    setError(undefined);
    try {
      await api(communityPath(props.slug, `findings/${encodeURIComponent(finding.id)}`), {
        body: { status, note },
      });
      setMessage(t(`report:findings.judgement.${status}`));
      props.onJudged();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
    }
  };
  const noteId = `note-${finding.id}`;
  return (
    <li className={`card finding${finding.judgement?.status === 'dismissed' ? ' dismissed' : ''}`}>
      <h3>
        <span className="chip">{finding.code}</span> {finding.title[lang]}
      </h3>
      <p>
        {t('report:findings.severityLabel')} : {t(`report:findings.severity.${finding.severity}`)} ·{' '}
        {t('report:findings.confidence')} : {formatPercent(lang, finding.confidence)}
        {finding.judgement ? (
          <>
            {' '}
            · <strong>{t(`report:findings.judgement.${finding.judgement.status}`)}</strong>
          </>
        ) : null}
      </p>
      {finding.evidence.length > 0 ? (
        <ul className="evidence">
          {finding.evidence.map((e) => (
            <li key={`${e.indicator}-${e.threshold}`}>
              {e.indicator} = {e.value ?? t('report:notAvailable')} ({e.threshold},{' '}
              {t(`diagnosis:evidence.${e.source}`)})
            </li>
          ))}
        </ul>
      ) : null}
      {finding.actions.length > 0 ? (
        <p className="muted">
          {t('report:findings.actions')} : {finding.actions.join(', ')}
        </p>
      ) : null}
      {finding.judgement?.note ? <p className="note">« {finding.judgement.note} »</p> : null}
      {props.canJudge ? (
        <div className="stack">
          <label htmlFor={noteId}>{t('web:findings.note')}</label>
          <textarea id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="actions">
            <button type="button" onClick={() => judge('confirmed')}>
              {t('web:findings.confirm')}
            </button>
            <button type="button" onClick={() => judge('dismissed')}>
              {t('web:findings.dismiss')}
            </button>
            <button type="button" onClick={() => judge('noted')} disabled={note.trim() === ''}>
              {t('web:findings.annotate')}
            </button>
          </div>
          <p role="status">{message}</p>
          {error ? <ErrorMessage message={error} /> : null}
        </div>
      ) : null}
    </li>
  );
}

/** The findings of the diagnosis, to confirm, dismiss or annotate. */
export function FindingsPage({ slug }: { slug: string }) {
  const { t } = useLang();
  const { user } = useSession();
  const state = useApi<Diagnosis>(communityPath(slug, 'diagnosis'));
  const canJudge = hasRole(roleIn(user, slug), 'facilitator');
  return (
    <>
      <p>{t('report:findings.callout')}</p>
      <AsyncView state={state}>
        {(diagnosis) => (
          <>
            {KINDS.map((kind) => {
              const findings = diagnosis.findings.filter((f) => f.kind === kind);
              if (findings.length === 0) return null;
              return (
                <section key={kind} aria-labelledby={`kind-${kind}`}>
                  <h2 id={`kind-${kind}`}>{t(`web:findings.kinds.${kind}`)}</h2>
                  <ul className="findings">
                    {findings.map((f) => (
                      <FindingCard
                        key={f.id}
                        slug={slug}
                        finding={f}
                        canJudge={canJudge}
                        onJudged={state.reload}
                      />
                    ))}
                  </ul>
                </section>
              );
            })}
          </>
        )}
      </AsyncView>
    </>
  );
}
