import '../follow.css';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { AsyncView, ErrorMessage } from '../components/AsyncView.js';
import { LangToggle } from '../components/LangToggle.js';
import { ApiError, api } from '../lib/api.js';
import type { OwnProfile } from '../lib/follow-types.js';
import { useLang } from '../lib/i18n.js';
import { useApi } from '../lib/use-api.js';

/** "a, b ,, c" → ["a", "b", "c"]. */
const listOf = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

function Saved() {
  const { t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card confirmation">
      <h2 ref={heading} tabIndex={-1}>
        {t('webfollow:profile.saved')}
      </h2>
    </section>
  );
}

function ProfileForm(props: { token: string; own: OwnProfile }) {
  const { t } = useLang();
  const { profile, consents } = props.own;
  const [expertise, setExpertise] = useState(profile.expertise.join(', '));
  const [interests, setInterests] = useState(profile.interests.join(', '));
  const [organization, setOrganization] = useState(profile.organization ?? '');
  const [region, setRegion] = useState(profile.region ?? '');
  const [directory, setDirectory] = useState(consents.directory);
  const [recommendations, setRecommendations] = useState(consents.recommendations);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string>();
  if (done) return <Saved />;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api(`/p/${encodeURIComponent(props.token)}`, {
        method: 'PUT',
        body: {
          profile: {
            expertise: listOf(expertise),
            interests: listOf(interests),
            organization: organization.trim() || null,
            region: region.trim() || null,
          },
          consents: { directory, recommendations },
        },
      });
      setDone(true);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card stack profile-form" onSubmit={submit}>
      <p>{t('webfollow:profile.intro')}</p>
      <label htmlFor="profile-expertise">{t('webfollow:profile.expertise')}</label>
      <textarea
        id="profile-expertise"
        rows={2}
        aria-describedby="profile-list-help"
        value={expertise}
        onChange={(e) => setExpertise(e.target.value)}
      />
      <label htmlFor="profile-interests">{t('webfollow:profile.interests')}</label>
      <textarea
        id="profile-interests"
        rows={2}
        aria-describedby="profile-list-help"
        value={interests}
        onChange={(e) => setInterests(e.target.value)}
      />
      <p id="profile-list-help" className="hint">
        {t('webfollow:profile.listHelp')}
      </p>
      <label htmlFor="profile-organization">{t('webfollow:profile.organization')}</label>
      <input
        id="profile-organization"
        maxLength={200}
        value={organization}
        onChange={(e) => setOrganization(e.target.value)}
      />
      <label htmlFor="profile-region">{t('webfollow:profile.region')}</label>
      <input
        id="profile-region"
        maxLength={100}
        value={region}
        onChange={(e) => setRegion(e.target.value)}
      />
      <fieldset>
        <legend>{t('webfollow:profile.consents')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={directory}
            onChange={(e) => setDirectory(e.target.checked)}
          />{' '}
          {t('webfollow:profile.directory')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={recommendations}
            onChange={(e) => setRecommendations(e.target.checked)}
          />{' '}
          {t('webfollow:profile.recommendations')}
        </label>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('webfollow:profile.saving') : t('webfollow:profile.save')}
        </button>
      </div>
      {error ? <ErrorMessage message={error} /> : null}
    </form>
  );
}

/** A member's own profile at `/p/:token`: no account, French or English, made for a phone. */
export function ProfilePage({ token }: { token: string }) {
  const { t } = useLang();
  const state = useApi<OwnProfile>(`/p/${encodeURIComponent(token)}`);
  useEffect(() => {
    document.title = `${t('webfollow:profile.title')} · Pouls`;
  }, [t]);
  return (
    <div className="survey-page">
      <header className="survey-header">
        <span className="brand">Pouls</span>
        <LangToggle />
      </header>
      <main id="main">
        <h1>
          {state.data
            ? t('webfollow:profile.hello', { name: state.data.name })
            : t('webfollow:profile.title')}
        </h1>
        <AsyncView state={state}>{(own) => <ProfileForm token={token} own={own} />}</AsyncView>
      </main>
    </div>
  );
}
