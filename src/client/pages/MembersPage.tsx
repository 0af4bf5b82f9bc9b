import { useState } from 'react';
import { AsyncView, ErrorMessage } from '../components/AsyncView.js';
import { ApiError, api, communityPath } from '../lib/api.js';
import { useLang } from '../lib/i18n.js';
import { hasRole, roleIn, useSession } from '../lib/session.js';
import { useApi } from '../lib/use-api.js';

/** A member as `GET members` lists them. */
interface MemberRow {
  readonly id: number;
  readonly name: string;
  readonly organization?: string | null;
  readonly region?: string | null;
  readonly level?: string | null;
  readonly staff?: boolean;
}

/** A likely duplicate, as `pouls identities suggest` gives it. */
interface Suggestion {
  readonly keepId: number;
  readonly otherId: number;
  readonly keepName: string;
  readonly otherName: string;
  readonly score: number;
  readonly reason: string;
}

function Suggestions({ slug, onMerged }: { slug: string; onMerged(): void }) {
  const { t, lang } = useLang();
  const state = useApi<Suggestion[]>(communityPath(slug, 'identities/suggestions'));
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string>();
  const key = (s: Suggestion) => `${s.keepId}-${s.otherId}`;
  /** Posts a decision on a suggestion, says what was done and lists the rest again; false on failure. */
  const decide = async (path: string, body: object, done: string): Promise<boolean> => {
    setError(undefined);
    try {
      await api(communityPath(slug, path), { body });
      setMessage(done);
      state.reload();
      return true;
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
      return false;
    }
  };
  const names = (s: Suggestion) => ({ keep: s.keepName, other: s.otherName });
  const merge = async (s: Suggestion) => {
    const merged = await decide(
      'identities/merge',
      { keep: s.keepId, merge: s.otherId },
      t('web:members.merged', names(s)),
    );
    if (merged) onMerged();
  };
  // A pair said to be two people is recorded by the server: it leaves the suggestions for every
  // steward and device.
  const notSame = (s: Suggestion) =>
    decide(
      'identities/distinct',
      { first: s.keepId, second: s.otherId },
      t('web:members.notSameSaved', names(s)),
    );
  return (
    <section className="card" aria-labelledby="suggest-title">
      <h2 id="suggest-title">{t('web:members.suggestions')}</h2>
      <p>{t('web:members.suggestionsIntro')}</p>
      <p role="status">{message}</p>
      {error ? <ErrorMessage message={error} /> : null}
      <AsyncView state={state}>
        {(suggestions) => {
          return suggestions.length === 0 ? (
            <p>{t('web:members.noSuggestion')}</p>
          ) : (
            <ul className="suggestions">
              {suggestions.map((s) => (
                <li key={key(s)} className="suggestion">
                  <p>
                    <strong>{s.keepName}</strong> (#{s.keepId}) · <strong>{s.otherName}</strong> (#
                    {s.otherId})
                  </p>
                  <p className="muted">
                    {t('web:members.score', {
                      score: new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(
                        s.score,
                      ),
                    })}{' '}
                    · {t(`cli:identities.reason.${s.reason}`, { defaultValue: s.reason })}
                  </p>
                  <button type="button" className="primary" onClick={() => merge(s)}>
                    {t('web:members.merge')}
                  </button>{' '}
                  <button type="button" onClick={() => notSame(s)}>
                    {t('web:members.notSame')}
                  </button>
                </li>
              ))}
            </ul>
          );
        }}
      </AsyncView>
    </section>
  );
}

/** Members and identities: the roster, and the merge suggestions to review. */
export function MembersPage({ slug }: { slug: string }) {
  const { t } = useLang();
  const { user } = useSession();
  const state = useApi<MemberRow[]>(communityPath(slug, 'members'));
  const [query, setQuery] = useState('');
  const steward = hasRole(roleIn(user, slug), 'steward');
  return (
    <>
      {steward ? <Suggestions slug={slug} onMerged={state.reload} /> : null}
      <section className="card" aria-labelledby="roster-title">
        <h2 id="roster-title">{t('web:members.roster')}</h2>
        <label>
          {t('web:members.search')}{' '}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <AsyncView state={state}>
          {(members) => {
            const q = query.trim().toLocaleLowerCase();
            const shown = q
              ? members.filter((m) =>
                  `${m.name} ${m.organization ?? ''} ${m.region ?? ''}`
                    .toLocaleLowerCase()
                    .includes(q),
                )
              : members;
            return (
              <div className="table-wrap">
                <table>
                  <caption>{t('web:members.count', { count: shown.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('web:members.name')}</th>
                      <th scope="col">{t('web:members.organization')}</th>
                      <th scope="col">{t('web:members.region')}</th>
                      <th scope="col">{t('report:participation.level')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((m) => (
                      <tr key={m.id}>
                        <th scope="row">
                          {m.name}
                          {m.staff ? (
                            <span className="chip">{t('report:portrait.staff')}</span>
                          ) : null}
                        </th>
                        <td>{m.organization ?? ''}</td>
                        <td>{m.region ?? ''}</td>
                        <td>{m.level ? t(`common:level.${m.level}`) : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          }}
        </AsyncView>
      </section>
    </>
  );
}
