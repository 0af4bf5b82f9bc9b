import { useState } from 'react';
import { AsyncView } from '../components/AsyncView.js';
import { communityPath } from '../lib/api.js';
import { useLang } from '../lib/i18n.js';
import { useApi } from '../lib/use-api.js';

/** One line of `GET audit`. */
interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly target: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** The actions the filter offers (docs/privacy.md), in the order an admin looks for them. */
const ACTIONS = 'view export change erase import report download link login'.split(' ');

function when(lang: string, iso: string): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

/** The community's audit log (admins): who did what and when, filtered by action. */
export function AuditPage({ slug }: { slug: string }) {
  const { t, lang } = useLang();
  const [action, setAction] = useState('');
  const state = useApi<AuditEntry[]>(
    communityPath(slug, action ? `audit?action=${encodeURIComponent(action)}` : 'audit'),
  );
  const target = (value: string) => {
    const member = /^member:(\d+)$/.exec(value);
    return member ? t('webprivacy:audit.member', { id: member[1] }) : value;
  };
  return (
    <section className="card">
      <p>{t('webprivacy:audit.intro')}</p>
      <label>
        {t('webprivacy:audit.filter')}{' '}
        <select value={action} onChange={(e) => setAction(e.target.value)}>
          <option value="">{t('webprivacy:audit.all')}</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`webprivacy:audit.actions.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <AsyncView state={state}>
        {(entries) =>
          entries.length === 0 ? (
            <p>{t('webprivacy:audit.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>{t('webprivacy:audit.count', { count: entries.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('webprivacy:audit.at')}</th>
                    <th scope="col">{t('webprivacy:audit.actor')}</th>
                    <th scope="col">{t('webprivacy:audit.action')}</th>
                    <th scope="col">{t('webprivacy:audit.target')}</th>
                    <th scope="col">{t('webprivacy:audit.detail')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr key={e.id}>
                      <td>
                        <time dateTime={e.at}>{when(lang, e.at)}</time>
                      </td>
                      <td>{e.actor}</td>
                      <td>
                        {t(`webprivacy:audit.actions.${e.action}`, { defaultValue: e.action })}
                      </td>
                      <td>{target(e.target)}</td>
                      <td className="detail">
                        {Object.keys(e.detail).length > 0 ? JSON.stringify(e.detail) : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </AsyncView>
    </section>
  );
}
