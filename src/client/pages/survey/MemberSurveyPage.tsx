import { useEffect, useRef, useState } from 'react';
import type { SurveyInstrument } from '../../../model/survey-instrument.js';
import { AsyncView, ErrorMessage } from '../../components/AsyncView.js';
import { LangToggle } from '../../components/LangToggle.js';
import { ApiError, api } from '../../lib/api.js';
import { useLang } from '../../lib/i18n.js';
import {
  type Answers,
  cleanAnswers,
  consentOf,
  progressOf,
  surveySteps,
} from '../../lib/survey-steps.js';
import { useApi } from '../../lib/use-api.js';
import { SurveyItemField } from './SurveyItemField.js';

/** What `GET /api/s/:token` gives a member: the instrument and their saved progress. */
interface SurveyInvitation {
  readonly instrument: SurveyInstrument;
  readonly lang?: string;
  readonly answers?: Answers;
  readonly submitted?: boolean;
}

function Confirmation() {
  const { t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card confirmation">
      <h2 ref={heading} tabIndex={-1}>
        {t('web:survey.thanks')}
      </h2>
      <p>{t('web:survey.thanksText')}</p>
      <p>{t('web:survey.confidential')}</p>
    </section>
  );
}

function Questionnaire(props: { token: string; invitation: SurveyInvitation }) {
  const { invitation } = props;
  const { t, lang } = useLang();
  // A public link opens a private one on the first save: the member goes on with its token.
  const [token, setToken] = useState(props.token);
  const items = invitation.instrument.items;
  const steps = surveySteps(items);
  const [answers, setAnswers] = useState<Answers>(invitation.answers ?? {});
  const [step, setStep] = useState(-1);
  const [done, setDone] = useState(invitation.submitted === true);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (step >= 0) heading.current?.focus();
  }, [step]);
  if (done) return <Confirmation />;
  const save = async (submit: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const saved = await api<{ token?: string }>(`/s/${encodeURIComponent(token)}`, {
        method: 'PUT',
        body: { answers: cleanAnswers(answers), consent: consentOf(answers), submit, lang },
      });
      if (saved?.token && saved.token !== token) {
        setToken(saved.token);
        window.history.replaceState(null, '', `/s/${encodeURIComponent(saved.token)}`);
      }
      setStatus(submit ? '' : t('web:survey.saved'));
      return true;
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:survey.saveFailed'));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const change = (id: string, value: Answers[string] | undefined) =>
    setAnswers((all) => {
      const next = { ...all };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return next;
    });
  if (step < 0) {
    return (
      <section className="card stack">
        <p>{t('web:survey.intro')}</p>
        <p className="confidential">
          <strong>{t('web:survey.confidentialTitle')}</strong> {t('web:survey.confidential')}
        </p>
        <p>{t('web:survey.time')}</p>
        <button type="button" className="primary" onClick={() => setStep(0)}>
          {progressOf(answers, items) > 0 ? t('web:survey.resume') : t('web:survey.start')}
        </button>
      </section>
    );
  }
  const current = steps[step] ?? [];
  const last = step === steps.length - 1;
  const next = async () => {
    if (!(await save(last))) return;
    if (last) setDone(true);
    else setStep(step + 1);
  };
  return (
    <form
      className="card stack"
      onSubmit={(e) => {
        e.preventDefault();
        void next();
      }}
    >
      <h2 ref={heading} tabIndex={-1}>
        {t('web:survey.step', { n: step + 1, total: steps.length })}
      </h2>
      <progress max={steps.length} value={step + 1} aria-label={t('web:survey.progress')} />
      {current.map((item) => (
        <SurveyItemField key={item.id} item={item} answers={answers} onChange={change} />
      ))}
      <p role="status" className="saved">
        {status}
      </p>
      {error ? <ErrorMessage message={error} /> : null}
      <div className="actions">
        {step > 0 ? (
          <button type="button" onClick={() => setStep(step - 1)} disabled={busy}>
            {t('web:survey.previous')}
          </button>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {last ? t('web:survey.submit') : t('web:survey.next')}
        </button>
      </div>
      <p className="hint" lang={lang}>
        {t('web:survey.skip')}
      </p>
    </form>
  );
}

/** The member survey at `/s/:token`: no account, French or English, made for a phone. */
export function MemberSurveyPage({ token }: { token: string }) {
  const { t, lang } = useLang();
  const state = useApi<SurveyInvitation>(`/s/${encodeURIComponent(token)}`);
  const title = state.data?.instrument.title[lang] ?? t('web:survey.title');
  useEffect(() => {
    document.title = `${title} · Pouls`;
  }, [title]);
  return (
    <div className="survey-page">
      <header className="survey-header">
        <span className="brand">Pouls</span>
        <LangToggle />
      </header>
      <main id="main">
        <h1>{title}</h1>
        {state.error?.status === 404 ? (
          <ErrorMessage message={t('web:survey.unknown')} />
        ) : (
          <AsyncView state={state}>
            {(invitation) => <Questionnaire token={token} invitation={invitation} />}
          </AsyncView>
        )}
      </main>
    </div>
  );
}
