import { useState } from 'react';
import { AsyncView } from '../../components/AsyncView.js';
import { Link } from '../../components/Link.js';
import { formatDate } from '../../lib/format.js';
import { useLang } from '../../lib/i18n.js';
import { useApi } from '../../lib/use-api.js';
import { ConsentsCard } from './ConsentsCard.js';
import { EraseCard } from './EraseCard.js';
import { type MemberRecordView, memberPath } from './member-record.js';

function Profile({ record }: { record: MemberRecordView }) {
  const { t, lang } = useLang();
  const m = record.member;
  const none = t('webprivacy:record.none');
  const date = (iso: string | null) => (iso ? formatDate(lang, iso) : none);
  const rows: Array<[string, string]> = [
    ['organization', m.organization ?? none],
    ['role', m.role ?? none],
    ['region', m.region ?? none],
    ['disciplines', m.disciplines.join(', ') || none],
    ['joinedAt', date(m.joinedAt)],
    ['leftAt', date(m.leftAt)],
    ['staff', t(m.staff ? 'web:yes' : 'web:no')],
  ];
  const counts = Object.entries(record.counts);
  return (
    <div className="columns">
      <section className="card" aria-labelledby="record-profile">
        <h3 id="record-profile">{t('webprivacy:record.profile')}</h3>
        <dl className="fields">
          {rows.map(([key, value]) => (
            <div key={key}>
              <dt>{t(`webprivacy:record.${key}`)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card" aria-labelledby="record-identities">
        <h3 id="record-identities">{t('webprivacy:record.identities')}</h3>
        <p className="hint">{t('webprivacy:record.identitiesIntro')}</p>
        {record.identities.length === 0 ? (
          <p>{t('webprivacy:record.noIdentity')}</p>
        ) : (
          <ul>
            {record.identities.map((i) => (
              <li key={`${i.kind}:${i.source ?? ''}:${i.value}`}>
                {i.source ? `${i.source} · ` : ''}
                {i.value}
              </li>
            ))}
          </ul>
        )}
        <h3>{t('webprivacy:record.activity')}</h3>
        <dl className="fields">
          {counts.map(([key, value]) => (
            <div key={key}>
              <dt>{t(`webprivacy:record.${key}`)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

/** One member's record for an admin: profile, identities, consents, export and erasure. */
export function MemberRecordPage({ slug, memberId }: { slug: string; memberId: number }) {
  const { t, lang } = useLang();
  const state = useApi<MemberRecordView>(memberPath(slug, memberId));
  const [done, setDone] = useState('');
  return (
    <>
      <p>
        <Link to={`/c/${encodeURIComponent(slug)}/privacy`}>← {t('webprivacy:record.back')}</Link>
      </p>
      <p className="saved" role="status">
        {done}
      </p>
      <AsyncView state={state}>
        {(record) => (
          <>
            <h2>{t('webprivacy:record.title', { name: record.member.name, id: memberId })}</h2>
            {record.member.erasedOn ? (
              <p className="notice">
                {t('webprivacy:record.erasedOn', {
                  date: formatDate(lang, record.member.erasedOn),
                })}
              </p>
            ) : null}
            <Profile record={record} />
            {record.member.erasedOn ? null : (
              <ConsentsCard slug={slug} record={record} onChanged={state.reload} />
            )}
            <section className="card" aria-labelledby="record-export">
              <h3 id="record-export">{t('webprivacy:export.title')}</h3>
              <p>{t('webprivacy:export.intro')}</p>
              <a className="button" href={`/api${memberPath(slug, memberId, 'export')}`} download>
                {t('webprivacy:export.download')}
              </a>
            </section>
            {record.member.erasedOn ? null : (
              <EraseCard
                slug={slug}
                record={record}
                onErased={(message) => {
                  setDone(message);
                  state.reload();
                }}
              />
            )}
          </>
        )}
      </AsyncView>
    </>
  );
}
