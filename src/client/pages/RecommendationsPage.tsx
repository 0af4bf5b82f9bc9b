import '../follow.css';
import { type FormEvent, useState } from 'react';
import { AsyncView } from '../components/AsyncView.js';
import { communityPath } from '../lib/api.js';
import type { MemberChoice, MemberSuggestions, Suggestion } from '../lib/follow-types.js';
import { formatDate } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { hasRole, roleIn, useSession } from '../lib/session.js';
import { useApi } from '../lib/use-api.js';

function SuggestionList(props: { title: string; items: readonly Suggestion[] }) {
  const { t, lang } = useLang();
  return (
    <section className="card">
      <h3>{props.title}</h3>
      {props.items.length === 0 ? (
        <p className="muted">{t('webfollow:recommendations.empty')}</p>
      ) : (
        <ul className="rec-list">
          {props.items.map((s) => (
            <li
              key={`${s.kind}-${s.memberId ?? ''}-${s.item?.type ?? ''}-${s.item?.title ?? ''}-${s.item?.date ?? ''}`}
            >
              <strong>
                {s.item ? `${s.item.title} (${formatDate(lang, s.item.date)})` : s.name}
              </strong>
              <br />
              <span className="muted">{s.why}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Suggestions(props: { slug: string; memberId: number; canDigest: boolean }) {
  const { t, lang } = useLang();
  const base = communityPath(props.slug, `recommendations/${props.memberId}`);
  const state = useApi<MemberSuggestions>(base);
  const digest = (format: string, download: boolean) =>
    `/api${base}/digest?format=${format}&lang=${lang}${download ? '&download=1' : ''}`;
  return (
    <AsyncView state={state}>
      {(recs) => (
        <>
          <h2>{recs.name}</h2>
          <div className="columns">
            <SuggestionList title={t('webfollow:recommendations.peers')} items={recs.peers} />
            <SuggestionList
              title={t('webfollow:recommendations.answerers')}
              items={recs.answerers}
            />
            <SuggestionList
              title={t('webfollow:recommendations.initiatives')}
              items={recs.initiatives}
            />
          </div>
          {props.canDigest ? (
            <section className="card stack" aria-labelledby="digest-title">
              <h2 id="digest-title">{t('webfollow:recommendations.digest')}</h2>
              <p className="actions">
                <a href={digest('html', true)}>{t('webfollow:recommendations.downloadHtml')}</a>{' '}
                <a href={digest('md', true)}>{t('webfollow:recommendations.downloadMd')}</a>
              </p>
              <iframe
                className="digest-preview"
                title={t('webfollow:recommendations.preview')}
                src={digest('html', false)}
                sandbox=""
              />
            </section>
          ) : null}
        </>
      )}
    </AsyncView>
  );
}

/** "People you could meet": a member's suggestions with their reasons, and the digest. */
export function RecommendationsPage({ slug }: { slug: string }) {
  const { t } = useLang();
  const { user } = useSession();
  const state = useApi<MemberChoice[]>(communityPath(slug, 'recommendations'));
  const [shown, setShown] = useState<number>();
  const canDigest = hasRole(roleIn(user, slug), 'steward');
  const show = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShown(Number(new FormData(event.currentTarget).get('member')));
  };
  return (
    <>
      <p>{t('webfollow:recommendations.intro')}</p>
      <AsyncView state={state}>
        {(members) =>
          members.length === 0 ? (
            <p>{t('webfollow:recommendations.none')}</p>
          ) : (
            <form className="card toolbar" onSubmit={show}>
              <label htmlFor="rec-member">{t('webfollow:recommendations.member')}</label>
              <select id="rec-member" name="member" defaultValue={members[0]?.memberId}>
                {members.map((m) => (
                  <option key={m.memberId} value={m.memberId}>
                    {m.name}
                  </option>
                ))}
              </select>
              <button type="submit" className="primary">
                {t('webfollow:recommendations.show')}
              </button>
            </form>
          )
        }
      </AsyncView>
      {shown !== undefined ? (
        <Suggestions key={shown} slug={slug} memberId={shown} canDigest={canDigest} />
      ) : null}
    </>
  );
}
