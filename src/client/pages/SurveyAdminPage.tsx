import { useState } from 'react';
import type { SurveyAnalysis } from '../../model/survey.js';
import type { SurveyInstrument } from '../../model/survey-instrument.js';
import { AsyncView, ErrorMessage } from '../components/AsyncView.js';
import { ApiError, api, communityPath } from '../lib/api.js';
import { formatNumber, formatPercent } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { hasRole, roleIn, useSession } from '../lib/session.js';
import { useApi } from '../lib/use-api.js';

/** One survey link: public, or personal to a member. */
interface SurveyLink {
  readonly token: string;
  readonly kind: 'public' | 'personal';
  readonly url?: string;
  readonly member?: { id: number; name?: string } | null;
  readonly completed?: boolean | number;
}

/** What `GET survey` gives the steward. */
interface SurveyOverview {
  readonly instrument: SurveyInstrument;
  readonly links: readonly SurveyLink[];
  readonly invited: number;
  readonly respondents: number;
  readonly responseRate: number | null;
  readonly results: SurveyAnalysis | null;
}

interface MemberRow {
  readonly id: number;
  readonly name: string;
}

function linkUrl(link: SurveyLink): string {
  return link.url ?? `${window.location.origin}/s/${encodeURIComponent(link.token)}`;
}

function memberName(link: SurveyLink): string {
  if (!link.member) return '';
  return link.member.name ?? `#${link.member.id}`;
}

function Links({
  slug,
  overview,
  onMade,
}: {
  slug: string;
  overview: SurveyOverview;
  onMade(): void;
}) {
  const { t, lang } = useLang();
  const members = useApi<MemberRow[]>(communityPath(slug, 'members'));
  const [chosen, setChosen] = useState<number[]>([]);
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState('');
  const make = async (body: object) => {
    setError(undefined);
    try {
      const made = await api<{ token: string; url: string }[]>(
        communityPath(slug, 'survey/links'),
        { body },
      );
      setMessage(t('web:surveyAdmin.made', { count: made.length }));
      setChosen([]);
      onMade();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
    }
  };
  return (
    <section className="card stack" aria-labelledby="links-title">
      <h2 id="links-title">{t('web:surveyAdmin.links')}</h2>
      <p>{t('web:surveyAdmin.linksIntro')}</p>
      <p role="status">{message}</p>
      {error ? <ErrorMessage message={error} /> : null}
      <button type="button" className="primary" onClick={() => make({ kind: 'public' })}>
        {t('web:surveyAdmin.makePublic')}
      </button>
      <details>
        <summary>{t('web:surveyAdmin.personal')}</summary>
        <AsyncView state={members}>
          {(list) => (
            <fieldset className="member-pick">
              <legend>{t('web:surveyAdmin.pickMembers')}</legend>
              {list.map((m) => (
                <label key={m.id} className="check">
                  <input
                    type="checkbox"
                    checked={chosen.includes(m.id)}
                    onChange={(e) =>
                      setChosen(
                        e.target.checked ? [...chosen, m.id] : chosen.filter((c) => c !== m.id),
                      )
                    }
                  />{' '}
                  {m.name}
                </label>
              ))}
            </fieldset>
          )}
        </AsyncView>
        <button
          type="button"
          disabled={chosen.length === 0}
          onClick={() => make({ kind: 'personal', memberIds: chosen })}
        >
          {t('web:surveyAdmin.makePersonal', { count: chosen.length })}
        </button>
      </details>
      {overview.links.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>{t('web:surveyAdmin.linksCaption', { count: overview.links.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('web:surveyAdmin.kind')}</th>
                <th scope="col">{t('web:surveyAdmin.member')}</th>
                <th scope="col">{t('web:surveyAdmin.url')}</th>
                <th scope="col">{t('web:surveyAdmin.completed')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.links.map((link) => (
                <tr key={link.token}>
                  <td>{t(`web:surveyAdmin.kinds.${link.kind}`)}</td>
                  <td>{memberName(link)}</td>
                  <td>
                    <input
                      readOnly
                      className="url"
                      value={linkUrl(link)}
                      aria-label={t('web:surveyAdmin.url')}
                      onFocus={(e) => e.currentTarget.select()}
                    />
                  </td>
                  <td>
                    {link.kind === 'public'
                      ? formatNumber(lang, Number(link.completed ?? 0))
                      : link.completed
                        ? t('web:yes')
                        : t('web:no')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function Results({
  results,
  instrument,
}: {
  results: SurveyAnalysis;
  instrument: SurveyInstrument;
}) {
  const { t, lang } = useLang();
  const optionText = (item: string, option: string) =>
    instrument.items.find((i) => i.id === item)?.options?.find((o) => o.id === option)?.text[
      lang
    ] ?? option;
  const segmentGroup = (by: string, group: string, suppressed: boolean) => {
    if (suppressed) return t('report:others');
    if (by === 'level') return t(`common:level.${group}`, { defaultValue: group });
    return optionText(by === 'orgType' ? 'ORG' : 'REG', group);
  };
  const share = (
    rows: readonly { option: string; n: number; share: number }[],
    caption: string,
    item: string,
  ) => (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report:needs.option')}</th>
            <th scope="col" className="num">
              {t('report:needs.respondents')}
            </th>
            <th scope="col" className="num">
              {t('report:needs.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.option}>
              <th scope="row">{optionText(item, r.option)}</th>
              <td className="num">{formatNumber(lang, r.n)}</td>
              <td className="num">{formatPercent(lang, r.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section className="card" aria-labelledby="results-title">
      <h2 id="results-title">{t('web:surveyAdmin.results')}</h2>
      <p className="confidential">{t('report:needs.callout', { min: results.minGroupSize })}</p>
      <div className="table-wrap">
        <table>
          <caption>{t('report:needs.dimensionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report:needs.dimension')}</th>
              <th scope="col" className="num">
                {t('report:needs.score')}
              </th>
              <th scope="col" className="num">
                {t('report:needs.alpha')}
              </th>
              <th scope="col" className="num">
                {t('report:needs.n')}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{t(`report:needs.dimensions.${d.id}`, { defaultValue: d.id })}</th>
                <td className="num">
                  {d.score === null ? t('report:notAvailable') : formatNumber(lang, d.score, 2)}
                </td>
                <td className="num">
                  {d.alpha === null ? t('report:notAvailable') : formatNumber(lang, d.alpha, 2)}
                </td>
                <td className="num">{formatNumber(lang, d.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {share(results.needs, t('report:needs.needsCaption'), 'NEEDS')}
      {share(results.formats, t('report:needs.formatsCaption'), 'FORMATS')}
      {share(results.slots, t('report:needs.slotsCaption'), 'SLOTS')}
      <div className="table-wrap">
        <table>
          <caption>{t('web:surveyAdmin.segments')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('web:surveyAdmin.segment')}</th>
              <th scope="col">{t('report:portrait.group')}</th>
              <th scope="col" className="num">
                {t('report:needs.n')}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.segments.map((s) => (
              <tr key={`${s.by}-${s.group}`}>
                <td>{t(`survey:segment.${s.by}`, { defaultValue: s.by })}</td>
                <th scope="row">{segmentGroup(s.by, s.group, s.suppressed)}</th>
                <td className="num">
                  {s.suppressed || s.n === null
                    ? t('survey:suppressed', { min: results.minGroupSize })
                    : formatNumber(lang, s.n)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The survey: links from the instrument, the response rate, results with small groups hidden. */
export function SurveyAdminPage({ slug }: { slug: string }) {
  const { t, lang } = useLang();
  const { user } = useSession();
  const state = useApi<SurveyOverview>(communityPath(slug, 'survey'));
  const steward = hasRole(roleIn(user, slug), 'steward');
  return (
    <AsyncView state={state}>
      {(overview) => (
        <>
          <section className="card" aria-labelledby="instrument-title">
            <h2 id="instrument-title">{overview.instrument.title[lang]}</h2>
            <p className="muted">{overview.instrument.status[lang]}</p>
            <dl className="stats">
              <div>
                <dt>{t('web:surveyAdmin.questions')}</dt>
                <dd>{formatNumber(lang, overview.instrument.items.length)}</dd>
              </div>
              <div>
                <dt>{t('web:surveyAdmin.invited')}</dt>
                <dd>{formatNumber(lang, overview.invited)}</dd>
              </div>
              <div>
                <dt>{t('survey:respondents')}</dt>
                <dd>{formatNumber(lang, overview.respondents)}</dd>
              </div>
              <div>
                <dt>{t('survey:responseRate')}</dt>
                <dd>{formatPercent(lang, overview.responseRate)}</dd>
              </div>
            </dl>
            <details>
              <summary>{t('web:surveyAdmin.seeQuestions')}</summary>
              <ol>
                {overview.instrument.items.map((item) => (
                  <li key={item.id}>{item.text[lang]}</li>
                ))}
              </ol>
            </details>
          </section>
          {steward ? <Links slug={slug} overview={overview} onMade={state.reload} /> : null}
          {overview.results ? (
            <Results results={overview.results} instrument={overview.instrument} />
          ) : (
            <p className="card">{t('report:needs.noSurvey')}</p>
          )}
        </>
      )}
    </AsyncView>
  );
}
