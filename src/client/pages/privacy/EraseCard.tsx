import { useId, useState } from 'react';
import { ErrorMessage } from '../../components/AsyncView.js';
import { ApiError, api } from '../../lib/api.js';
import { useLang } from '../../lib/i18n.js';
import { type MemberRecordView, memberPath } from './member-record.js';

interface Erased {
  readonly memberId: number;
  readonly summary: {
    readonly identities: number;
    readonly messages: number;
    readonly redactedTexts: number;
  };
}

/** What an erasure removes, named from the record before the admin confirms. */
function ErasureList({ record }: { record: MemberRecordView }) {
  const { t } = useLang();
  const { counts } = record;
  const counted: Array<[string, number]> = [
    ['removedIdentities', record.identities.length],
    ['removedConsents', record.consents.length],
    ['removedMessages', counts.messages],
    ['removedContributions', counts.contributions],
    ['removedSurvey', counts.surveyResponses],
  ];
  const items = [
    t('webprivacy:erase.removedName'),
    ...counted
      .filter(([, count]) => count > 0)
      .map(([key, count]) => t(`webprivacy:erase.${key}`, { count })),
  ];
  return (
    <>
      <h4>{t('webprivacy:erase.removed')}</h4>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{t('webprivacy:erase.redacted')}</p>
      <p>{t('webprivacy:erase.kept', { id: record.member.id })}</p>
      <p className="hint">{t('webprivacy:erase.backups')}</p>
    </>
  );
}

/** Erasure on request: a first button opens a confirmation that names what goes, then erases. */
export function EraseCard(props: {
  slug: string;
  record: MemberRecordView;
  onErased(message: string): void;
}) {
  const { t } = useLang();
  const { member } = props.record;
  const [open, setOpen] = useState(false);
  const [sure, setSure] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const titleId = useId();
  const erase = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const erased = await api<Erased>(memberPath(props.slug, member.id, 'erase'), {
        body: { confirm: member.id },
      });
      props.onErased(t('webprivacy:erase.done', { id: erased.memberId, ...erased.summary }));
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
      setBusy(false);
    }
  };
  return (
    <section className="card danger-zone" aria-labelledby="record-erase">
      <h3 id="record-erase">{t('webprivacy:erase.title')}</h3>
      <p>{t('webprivacy:erase.intro')}</p>
      {open ? (
        <div className="confirm">
          <h4 id={titleId}>
            {t('webprivacy:erase.confirmTitle', { name: member.name, id: member.id })}
          </h4>
          <ErasureList record={props.record} />
          <label className="check">
            <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />{' '}
            {t('webprivacy:erase.understand', { name: member.name })}
          </label>
          {error ? <ErrorMessage message={error} /> : null}
          <div className="actions">
            <button type="button" className="danger" disabled={!sure || busy} onClick={erase}>
              {t('webprivacy:erase.confirm')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('webprivacy:erase.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setOpen(true)}>
          {t('webprivacy:erase.start')}
        </button>
      )}
    </section>
  );
}
