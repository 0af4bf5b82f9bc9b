import { useState } from 'react';
import { ErrorMessage } from '../../components/AsyncView.js';
import { ApiError, api } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { useLang } from '../../lib/i18n.js';
import { type ConsentView, type MemberRecordView, memberPath } from './member-record.js';

/** The uses a member decides one by one (docs/privacy.md). */
const USES = ['directory', 'quotes', 'identified_survey', 'recommendations'] as const;

/** The member's four consents, each granted or declined by the admin on the person's word. */
export function ConsentsCard(props: {
  slug: string;
  record: MemberRecordView;
  /** Called after a change, so that the rest of the record (the erasure list) follows. */
  onChanged(): void;
}) {
  const { slug, record } = props;
  const { t, lang } = useLang();
  const [consents, setConsents] = useState<readonly ConsentView[]>(record.consents);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string>();
  const decide = async (use: string, granted: boolean) => {
    setError(undefined);
    try {
      const next = await api<ConsentView[]>(memberPath(slug, record.member.id, `consents/${use}`), {
        method: 'PUT',
        body: { granted },
      });
      setConsents(next);
      props.onChanged();
      setMessage(
        t('webprivacy:consent.saved', {
          use: t(`webprivacy:consent.uses.${use}`),
          state: t(granted ? 'webprivacy:consent.grantedWord' : 'webprivacy:consent.declinedWord'),
        }),
      );
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
    }
  };
  const stateOf = (c: ConsentView | undefined) =>
    c
      ? t(c.granted ? 'webprivacy:consent.granted' : 'webprivacy:consent.declined', {
          date: formatDate(lang, c.decidedOn),
          source: t(`webprivacy:consent.sources.${c.source}`, { defaultValue: c.source }),
        })
      : t('webprivacy:consent.notAsked');
  return (
    <section className="card" aria-labelledby="record-consents">
      <h3 id="record-consents">{t('webprivacy:consent.title')}</h3>
      <p className="hint">{t('webprivacy:consent.intro')}</p>
      <p className="saved" role="status">
        {message}
      </p>
      {error ? <ErrorMessage message={error} /> : null}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('webprivacy:consent.use')}</th>
              <th scope="col">{t('webprivacy:consent.state')}</th>
              <th scope="col">{t('webprivacy:consent.change')}</th>
            </tr>
          </thead>
          <tbody>
            {USES.map((use) => {
              const c = consents.find((x) => x.use === use);
              const label = t(`webprivacy:consent.uses.${use}`);
              return (
                <tr key={use}>
                  <th scope="row">{label}</th>
                  <td>{stateOf(c)}</td>
                  <td className="actions-cell">
                    <button
                      type="button"
                      aria-label={t('webprivacy:consent.grantFor', { use: label })}
                      aria-pressed={c?.granted === true}
                      onClick={() => decide(use, true)}
                    >
                      {t('webprivacy:consent.grant')}
                    </button>{' '}
                    <button
                      type="button"
                      aria-label={t('webprivacy:consent.declineFor', { use: label })}
                      aria-pressed={c !== undefined && !c.granted}
                      onClick={() => decide(use, false)}
                    >
                      {t('webprivacy:consent.decline')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
