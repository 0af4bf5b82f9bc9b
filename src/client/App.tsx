import { useEffect } from 'react';
import { Layout } from './components/Layout.js';
import { setApiLanguage } from './lib/api.js';
import { useLang } from './lib/i18n.js';
import { matchRoute, navigate, type Section, usePathname } from './lib/router.js';
import { sectionTitle } from './lib/section-title.js';
import { useSession } from './lib/session.js';
import { AuditPage } from './pages/AuditPage.js';
import { CommunitiesPage } from './pages/CommunitiesPage.js';
import { DashboardPage } from './pages/DashboardPage.js';
import { DirectoryPage } from './pages/DirectoryPage.js';
import { EventsPage } from './pages/EventsPage.js';
import { ExchangesPage } from './pages/ExchangesPage.js';
import { FindingsPage } from './pages/FindingsPage.js';
import { ImportsPage } from './pages/ImportsPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { LogPage } from './pages/LogPage.js';
import { MembersPage } from './pages/MembersPage.js';
import { NetworkPage } from './pages/NetworkPage.js';
import { PlanPage } from './pages/PlanPage.js';
import { PrivacyPage } from './pages/PrivacyPage.js';
import { ProfilePage } from './pages/ProfilePage.js';
import { RecommendationsPage } from './pages/RecommendationsPage.js';
import { ReportsPage } from './pages/ReportsPage.js';
import { RetentionPage } from './pages/RetentionPage.js';
import { SnapshotsPage } from './pages/SnapshotsPage.js';
import { SurveyAdminPage } from './pages/SurveyAdminPage.js';
import { MemberSurveyPage } from './pages/survey/MemberSurveyPage.js';

const PAGES: Record<
  Section,
  (props: { slug: string; item?: string | undefined }) => React.JSX.Element
> = {
  dashboard: DashboardPage,
  members: MembersPage,
  events: EventsPage,
  exchanges: ExchangesPage,
  network: NetworkPage,
  survey: SurveyAdminPage,
  findings: FindingsPage,
  plan: PlanPage,
  reports: ReportsPage,
  snapshots: SnapshotsPage,
  log: LogPage,
  directory: DirectoryPage,
  recommendations: RecommendationsPage,
  imports: ImportsPage,
  privacy: PrivacyPage,
  retention: RetentionPage,
  audit: AuditPage,
};

function Community({ slug, section, item }: { slug: string; section: Section; item?: string }) {
  const { t } = useLang();
  const Page = PAGES[section];
  useEffect(() => {
    document.title = `${sectionTitle(t, section)} · Pouls`;
  }, [section, t]);
  return (
    <Layout slug={slug} section={section} title={sectionTitle(t, section)}>
      <Page key={slug} slug={slug} item={item} />
    </Layout>
  );
}

/** The web app: the member survey needs no account; every other page needs a session. */
export function App() {
  const path = usePathname();
  const route = matchRoute(path);
  const { lang, t } = useLang();
  const { user } = useSession();
  setApiLanguage(lang);
  const needsSession = !['survey', 'profile', 'login'].includes(route.page);
  useEffect(() => {
    if (needsSession && user === null) navigate('/login');
  }, [needsSession, user]);
  useEffect(() => {
    if (route.page === 'login') document.title = `${t('web:login.title')} · Pouls`;
    if (route.page === 'communities') document.title = `${t('web:communities.title')} · Pouls`;
  }, [route.page, t]);
  if (route.page === 'survey') return <MemberSurveyPage token={route.token} />;
  if (route.page === 'profile') return <ProfilePage token={route.token} />;
  if (route.page === 'login') return <LoginPage />;
  if (user === undefined)
    return (
      <p className="loading" role="status">
        {t('web:loading')}
      </p>
    );
  if (user === null) return <LoginPage />;
  if (route.page === 'communities') return <CommunitiesPage />;
  if (route.page === 'community')
    return <Community slug={route.slug} section={route.section} item={route.item} />;
  return (
    <Layout title={t('web:notFound.title')}>
      <p>{t('web:notFound.text')}</p>
    </Layout>
  );
}
