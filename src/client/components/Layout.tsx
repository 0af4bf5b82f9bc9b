import type { ReactNode } from 'react';
import { useLang } from '../lib/i18n.js';
import { navigate, SECTIONS, type Section, sectionPath } from '../lib/router.js';
import { sectionTitle } from '../lib/section-title.js';
import { hasRole, roleIn, useSession } from '../lib/session.js';
import { LangToggle } from './LangToggle.js';
import { Link } from './Link.js';

/** The least role that sees each section in the navigation. */
const SECTION_ROLE: Record<Section, 'viewer' | 'facilitator' | 'steward' | 'admin'> = {
  dashboard: 'viewer',
  members: 'facilitator',
  events: 'viewer',
  exchanges: 'viewer',
  network: 'viewer',
  survey: 'facilitator',
  findings: 'viewer',
  plan: 'viewer',
  reports: 'viewer',
  snapshots: 'viewer',
  log: 'viewer',
  directory: 'viewer',
  recommendations: 'facilitator',
  imports: 'steward',
  privacy: 'admin',
  retention: 'admin',
  audit: 'admin',
};

/** The frame of the stewards' pages: a skip link, the header, the community's navigation. */
export function Layout(props: {
  slug?: string;
  section?: Section;
  title: string;
  children: ReactNode;
}) {
  const { t } = useLang();
  const { user, signOut } = useSession();
  const role = props.slug ? roleIn(user, props.slug) : undefined;
  const community = user?.communities.find((c) => c.slug === props.slug);
  const out = async () => {
    await signOut();
    navigate('/login');
  };
  return (
    <>
      <a className="skip" href="#main">
        {t('web:nav.skip')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          Pouls
        </Link>
        {community ? <span className="community-name">{community.name}</span> : null}
        <span className="spacer" />
        <LangToggle />
        {user ? (
          <>
            <span className="user-email">{user.email}</span>
            <button type="button" className="link-button" onClick={out}>
              {t('web:nav.signOut')}
            </button>
          </>
        ) : null}
      </header>
      <div className="frame">
        {props.slug ? (
          <nav className="sections" aria-label={t('web:nav.sections')}>
            <ul>
              {SECTIONS.filter((s) => hasRole(role, SECTION_ROLE[s])).map((s) => (
                <li key={s}>
                  <Link to={sectionPath(props.slug ?? '', s)} current={s === props.section}>
                    {sectionTitle(t, s)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <main id="main" tabIndex={-1}>
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </div>
    </>
  );
}
