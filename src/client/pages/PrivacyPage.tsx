import { useState } from 'react';
import { AsyncView } from '../components/AsyncView.js';
import { Link } from '../components/Link.js';
import { communityPath } from '../lib/api.js';
import { useLang } from '../lib/i18n.js';
import { useApi } from '../lib/use-api.js';
import { MemberRecordPage } from './privacy/MemberRecordPage.js';

interface MemberRow {
  readonly id: number;
  readonly name: string;
  readonly organization?: string | null;
}

/** An erased member keeps only a placeholder name, `#ID`. */
const isPlaceholder = (m: MemberRow) => m.name === `#${m.id}`;

function MemberList({ slug }: { slug: string }) {
  const { t } = useLang();
  const state = useApi<MemberRow[]>(communityPath(slug, 'members'));
  const [query, setQuery] = useState('');
  return (
    <section className="card" aria-labelledby="privacy-members">
      <h2 id="privacy-members">{t('webprivacy:record.back')}</h2>
      <p>{t('webprivacy:list.intro')}</p>
      <label>
        {t('webprivacy:list.search')}{' '}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <AsyncView state={state}>
        {(members) => {
          const q = query.trim().toLocaleLowerCase();
          const shown = q
            ? members.filter((m) =>
                `${m.name} ${m.organization ?? ''}`.toLocaleLowerCase().includes(q),
              )
            : members;
          return (
            <div className="table-wrap">
              <table>
                <caption>{t('webprivacy:list.count', { count: shown.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('webprivacy:list.name')}</th>
                    <th scope="col">{t('webprivacy:list.organization')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((m) => (
                    <tr key={m.id}>
                      <th scope="row">
                        <Link to={`/c/${encodeURIComponent(slug)}/privacy/${m.id}`}>{m.name}</Link>
                        {isPlaceholder(m) ? (
                          <span className="chip">{t('webprivacy:list.erased')}</span>
                        ) : null}
                      </th>
                      <td>{m.organization ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </AsyncView>
    </section>
  );
}

/** Personal information (admins): the members, or one member's record when `item` names one. */
export function PrivacyPage({ slug, item }: { slug: string; item?: string | undefined }) {
  return item ? (
    <MemberRecordPage key={item} slug={slug} memberId={Number(item)} />
  ) : (
    <MemberList slug={slug} />
  );
}
