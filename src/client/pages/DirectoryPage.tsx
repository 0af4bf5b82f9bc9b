import '../follow.css';
import { type FormEvent, useState } from 'react';
import { AsyncView, ErrorMessage } from '../components/AsyncView.js';
import { ApiError, api, communityPath } from '../lib/api.js';
import type { DirectoryEntry, MemberChoice } from '../lib/follow-types.js';
import { formatDate } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { useApi } from '../lib/use-api.js';

interface Directory {
  readonly entries: readonly DirectoryEntry[];
  /** Members a steward may send a profile link to (none who declined); stewards only. */
  readonly candidates?: readonly MemberChoice[];
}

interface ProfileLink {
  readonly name: string;
  readonly expiresOn: string;
  readonly url: string;
}

function LinkForm(props: { slug: string; candidates: readonly MemberChoice[] }) {
  const { t, lang } = useLang();
  const [memberId, setMemberId] = useState(String(props.candidates[0]?.memberId ?? ''));
  const [link, setLink] = useState<ProfileLink>();
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      setLink(
        await api<ProfileLink>(communityPath(props.slug, 'directory/links'), {
          body: { memberId: Number(memberId) },
        }),
      );
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
    }
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="profile-link">
      <h2 id="profile-link">{t('webfollow:directory.linkTitle')}</h2>
      <p className="muted">{t('webfollow:directory.linkHelp')}</p>
      <label htmlFor="link-member">{t('webfollow:directory.member')}</label>
      <select id="link-member" value={memberId} onChange={(e) => setMemberId(e.target.value)}>
        {props.candidates.map((m) => (
          <option key={m.memberId} value={m.memberId}>
            {m.name}
          </option>
        ))}
      </select>
      <div className="actions">
        <button type="submit" className="primary">
          {t('webfollow:directory.makeLink')}
        </button>
      </div>
      <div role="status">
        {link ? (
          <p>
            {t('webfollow:directory.linkMade', {
              name: link.name,
              expiresOn: formatDate(lang, link.expiresOn),
            })}{' '}
            <code className="url">{link.url}</code>
          </p>
        ) : null}
      </div>
      {error ? <ErrorMessage message={error} /> : null}
    </form>
  );
}

/** The member directory: only members who consented; stewards make personal profile links. */
export function DirectoryPage({ slug }: { slug: string }) {
  const { t } = useLang();
  const state = useApi<Directory>(communityPath(slug, 'directory'));
  return (
    <>
      <p>{t('webfollow:directory.intro')}</p>
      <AsyncView state={state}>
        {(directory) => (
          <>
            {directory.entries.length === 0 ? (
              <p>{t('webfollow:directory.none')}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <caption>
                    {t('webfollow:directory.count', { count: directory.entries.length })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('webfollow:directory.name')}</th>
                      <th scope="col">{t('webfollow:directory.organization')}</th>
                      <th scope="col">{t('webfollow:directory.region')}</th>
                      <th scope="col">{t('webfollow:directory.expertise')}</th>
                      <th scope="col">{t('webfollow:directory.interests')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {directory.entries.map((e) => (
                      <tr key={e.memberId}>
                        <th scope="row">{e.name}</th>
                        <td>{e.organization ?? ''}</td>
                        <td>{e.region ?? ''}</td>
                        <td>{e.expertise.join(', ')}</td>
                        <td>{e.interests.join(', ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {directory.candidates && directory.candidates.length > 0 ? (
              <LinkForm slug={slug} candidates={directory.candidates} />
            ) : null}
          </>
        )}
      </AsyncView>
    </>
  );
}
