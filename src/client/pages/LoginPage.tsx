import { type FormEvent, useState } from 'react';
import { ErrorMessage } from '../components/AsyncView.js';
import { LangToggle } from '../components/LangToggle.js';
import { ApiError, api } from '../lib/api.js';
import { useLang } from '../lib/i18n.js';
import { navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';

/** Sign-in with email and password. */
export function LoginPage() {
  const { t } = useLang();
  const { refresh } = useSession();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      await api('/auth/login', {
        body: { email: String(data.get('email')), password: String(data.get('password')) },
      });
      await refresh();
      navigate('/');
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className="login">
      <div className="login-lang">
        <LangToggle />
      </div>
      <h1>Pouls</h1>
      <p className="lede">{t('web:login.intro')}</p>
      <form onSubmit={submit} className="card stack">
        <h2>{t('web:login.title')}</h2>
        <label>
          {t('web:login.email')}
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          {t('web:login.password')}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error ? <ErrorMessage message={error} /> : null}
        <button type="submit" className="primary" disabled={busy}>
          {t('web:login.submit')}
        </button>
      </form>
    </main>
  );
}
