import { AsyncView } from '../components/AsyncView.js';
import { Layout } from '../components/Layout.js';
import { Link } from '../components/Link.js';
import { useLang } from '../lib/i18n.js';
import { sectionPath } from '../lib/router.js';
import type { CommunityRole } from '../lib/session.js';
import { useApi } from '../lib/use-api.js';

/** The communities the signed-in user works on. */
export function CommunitiesPage() {
  const { t } = useLang();
  const state = useApi<CommunityRole[]>('/communities');
  return (
    <Layout title={t('web:communities.title')}>
      <AsyncView state={state}>
        {(communities) =>
          communities.length === 0 ? (
            <p>{t('web:communities.none')}</p>
          ) : (
            <ul className="cards">
              {communities.map((c) => (
                <li key={c.slug} className="card">
                  <h2>
                    <Link to={sectionPath(c.slug, 'dashboard')}>{c.name}</Link>
                  </h2>
                  <p>{t('web:communities.role', { role: t(`web:role.${c.role}`) })}</p>
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
    </Layout>
  );
}
