import '../follow.css';
import { type FormEvent, useState } from 'react';
import { AsyncView, ErrorMessage } from '../components/AsyncView.js';
import { ApiError, api, communityPath } from '../lib/api.js';
import type { Comparison, SnapshotHeader } from '../lib/follow-types.js';
import { formatDate, formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { hasRole, roleIn, useSession } from '../lib/session.js';
import { useApi } from '../lib/use-api.js';

const num = (lang: 'fr' | 'en', value: number | null, digits = 2) =>
  value === null ? '—' : formatNumber(lang, value, digits);
/** A change with its sign; one that rounds to zero reads `0`, never `-0`. */
function signed(lang: 'fr' | 'en', value: number | null, digits = 2): string {
  if (value === null) return '—';
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  if (rounded === 0) return formatNumber(lang, 0);
  return `${rounded > 0 ? '+' : ''}${formatNumber(lang, rounded, digits)}`;
}

function CreateForm(props: { slug: string; today: string; onCreated(): void }) {
  const { t } = useLang();
  const [name, setName] = useState('');
  const [asOf, setAsOf] = useState(props.today);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setStatus(t('webfollow:snapshots.saving'));
    try {
      await api(communityPath(props.slug, 'snapshots'), { body: { name, asOf } });
      setStatus(t('webfollow:snapshots.created', { name }));
      setName('');
      props.onCreated();
    } catch (cause) {
      setStatus('');
      setError(cause instanceof ApiError ? cause.message : t('web:error.generic'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="snapshot-new">
      <h2 id="snapshot-new">{t('webfollow:snapshots.create')}</h2>
      <label htmlFor="snapshot-name">{t('webfollow:snapshots.name')}</label>
      <input
        id="snapshot-name"
        required
        maxLength={100}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor="snapshot-date">{t('webfollow:snapshots.asOf')}</label>
      <input
        id="snapshot-date"
        type="date"
        required
        value={asOf}
        onChange={(e) => setAsOf(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('webfollow:snapshots.save')}
        </button>
      </div>
      <p role="status">{status}</p>
      {error ? <ErrorMessage message={error} /> : null}
    </form>
  );
}

function ComparisonView({ comparison: c }: { comparison: Comparison }) {
  const { t, lang } = useLang();
  const labelOf = (id: string) => c.indicators.find((i) => i.id === id)?.label[lang] ?? id;
  const networkRows = ['nodes', 'edges', 'density', 'modularity', 'subgroups', 'isolates'] as const;
  return (
    <section aria-labelledby="comparison-title" className="stack">
      <h2 id="comparison-title">
        {t('webfollow:snapshots.period', {
          before: c.before.name,
          beforeDate: formatDate(lang, c.before.asOf),
          after: c.after.name,
          afterDate: formatDate(lang, c.after.asOf),
          months: formatNumber(lang, c.months, 1),
        })}
      </h2>
      <h3>{t('follow:compare.indicators')}</h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('webfollow:snapshots.indicator')}</th>
              <th scope="col" className="num">
                {t('webfollow:snapshots.before')}
              </th>
              <th scope="col" className="num">
                {t('webfollow:snapshots.after')}
              </th>
              <th scope="col" className="num">
                {t('webfollow:snapshots.change')}
              </th>
              <th scope="col">{t('webfollow:snapshots.direction')}</th>
              <th scope="col">{t('webfollow:snapshots.reading')}</th>
            </tr>
          </thead>
          <tbody>
            {c.indicators.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.label[lang]}</th>
                <td className="num">{num(lang, i.before)}</td>
                <td className="num">{num(lang, i.after)}</td>
                <td className="num">{signed(lang, i.delta)}</td>
                <td>{t(`webfollow:snapshots.dir.${i.direction}`)}</td>
                <td className={`verdict-${i.verdict}`}>{t(`follow:verdict.${i.verdict}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('follow:compare.levels')}</h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('webfollow:snapshots.level')}</th>
              <th scope="col" className="num">
                {t('webfollow:snapshots.before')}
              </th>
              <th scope="col" className="num">
                {t('webfollow:snapshots.after')}
              </th>
              <th scope="col" className="num">
                {t('webfollow:snapshots.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {c.levels.map((l) => (
              <tr key={l.level}>
                <th scope="row">{t(`common:level.${l.level}`)}</th>
                <td className="num">{formatNumber(lang, l.before)}</td>
                <td className="num">{formatNumber(lang, l.after)}</td>
                <td className="num">{signed(lang, l.delta, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('webfollow:snapshots.membersTitle')}</h3>
      <dl className="stats">
        <div>
          <dt>{t('webfollow:snapshots.total')}</dt>
          <dd>
            {formatNumber(lang, c.members.total.before)} →{' '}
            {formatNumber(lang, c.members.total.after)}
          </dd>
        </div>
        <div>
          <dt>{t('webfollow:snapshots.active')}</dt>
          <dd>
            {formatNumber(lang, c.members.active.before)} →{' '}
            {formatNumber(lang, c.members.active.after)}
          </dd>
        </div>
        <div>
          <dt>{t('webfollow:snapshots.up')}</dt>
          <dd>{formatNumber(lang, c.members.up)}</dd>
        </div>
        <div>
          <dt>{t('webfollow:snapshots.down')}</dt>
          <dd>{formatNumber(lang, c.members.down)}</dd>
        </div>
      </dl>
      {c.names ? (
        c.members.moves.length > 0 ? (
          <details>
            <summary>{t('follow:compare.moves')}</summary>
            <ul>
              {c.members.moves.map((m) => (
                <li key={m.memberId}>
                  {t('webfollow:snapshots.move', {
                    name: m.name,
                    from: t(`common:level.${m.from}`),
                    to: t(`common:level.${m.to}`),
                  })}
                </li>
              ))}
            </ul>
          </details>
        ) : null
      ) : (
        <p className="muted">{t('webfollow:snapshots.movesHidden')}</p>
      )}
      <h3>{t('follow:compare.findings')}</h3>
      <div className="columns">
        {(['appeared', 'resolved'] as const).map((which) => (
          <div key={which}>
            <h4>{t(`follow:compare.${which}`)}</h4>
            {c.findings[which].length === 0 ? (
              <p className="muted">{t('webfollow:snapshots.noFindingChange')}</p>
            ) : (
              <ul>
                {c.findings[which].map((f) => (
                  <li key={f.id}>{f.title[lang]}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
      <p className="muted">{t('follow:compare.kept', { count: c.findings.kept })}</p>
      <h3>{t('follow:compare.network')}</h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('webfollow:snapshots.measure')}</th>
              <th scope="col" className="num">
                {t('webfollow:snapshots.before')}
              </th>
              <th scope="col" className="num">
                {t('webfollow:snapshots.after')}
              </th>
              <th scope="col" className="num">
                {t('webfollow:snapshots.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {networkRows.map((key) => (
              <tr key={key}>
                <th scope="row">{t(`webfollow:snapshots.${key}`)}</th>
                <td className="num">{num(lang, c.network[key].before)}</td>
                <td className="num">{num(lang, c.network[key].after)}</td>
                <td className="num">{signed(lang, c.network[key].delta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('follow:compare.brokers', c.network.brokers)}</p>
      {c.names && c.network.brokers.gainedNames.length > 0 ? (
        <p>
          {t('webfollow:snapshots.brokersGained', {
            names: c.network.brokers.gainedNames.map((b) => b.name).join(', '),
          })}
        </p>
      ) : null}
      {c.names && c.network.brokers.lostNames.length > 0 ? (
        <p>
          {t('webfollow:snapshots.brokersLost', {
            names: c.network.brokers.lostNames.map((b) => b.name).join(', '),
          })}
        </p>
      ) : null}
      <h3>
        {t('follow:compare.targets', {
          scenario: c.before.scenario
            ? t(`plan:scenario.${c.before.scenario}`, { defaultValue: c.before.scenario })
            : t('follow:noScenario'),
          before: c.before.name,
        })}
      </h3>
      {c.targets.length === 0 ? (
        <p>{t('follow:compare.noTargets')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('webfollow:snapshots.indicator')}</th>
                <th scope="col" className="num">
                  {t('webfollow:snapshots.start')}
                </th>
                <th scope="col" className="num">
                  {t('webfollow:snapshots.expected')}
                </th>
                <th scope="col" className="num">
                  {t('webfollow:snapshots.actual')}
                </th>
                <th scope="col" className="num">
                  {t('webfollow:snapshots.target')}
                </th>
                <th scope="col">{t('webfollow:snapshots.standingLabel')}</th>
              </tr>
            </thead>
            <tbody>
              {c.targets.map((g) => (
                <tr key={g.indicator}>
                  <th scope="row">{labelOf(g.indicator)}</th>
                  <td className="num">{num(lang, g.start)}</td>
                  <td className="num">{num(lang, g.expected)}</td>
                  <td className="num">{num(lang, g.actual)}</td>
                  <td className="num">{num(lang, g.target)}</td>
                  <td className={`standing-${g.standing}`}>{t(`follow:standing.${g.standing}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Compare(props: { slug: string; snapshots: readonly SnapshotHeader[] }) {
  const { t } = useLang();
  const names = props.snapshots.map((s) => s.name);
  const [before, setBefore] = useState(names[names.length - 2] ?? '');
  const [after, setAfter] = useState(names[names.length - 1] ?? '');
  const [asked, setAsked] = useState<string | null>(null);
  const state = useApi<Comparison>(asked);
  if (names.length < 2) return <p>{t('webfollow:snapshots.needTwo')}</p>;
  const ask = (event: FormEvent) => {
    event.preventDefault();
    const query = new URLSearchParams({ before, after });
    setAsked(communityPath(props.slug, `snapshots/compare?${query}`));
  };
  return (
    <>
      <form className="card toolbar" onSubmit={ask} aria-labelledby="compare-title">
        <h2 id="compare-title">{t('webfollow:snapshots.compare')}</h2>
        <label htmlFor="compare-before">{t('webfollow:snapshots.before')}</label>
        <select id="compare-before" value={before} onChange={(e) => setBefore(e.target.value)}>
          {names.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
        <label htmlFor="compare-after">{t('webfollow:snapshots.after')}</label>
        <select id="compare-after" value={after} onChange={(e) => setAfter(e.target.value)}>
          {names.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
        <button type="submit" className="primary">
          {t('webfollow:snapshots.compareButton')}
        </button>
      </form>
      {asked ? (
        <AsyncView state={state}>
          {(comparison) => <ComparisonView comparison={comparison} />}
        </AsyncView>
      ) : null}
    </>
  );
}

/** Snapshots of the community: save one at a date, list them, compare two. */
export function SnapshotsPage({ slug }: { slug: string }) {
  const { t, lang } = useLang();
  const { user } = useSession();
  const state = useApi<SnapshotHeader[]>(communityPath(slug, 'snapshots'));
  const canWrite = hasRole(roleIn(user, slug), 'facilitator');
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <p>{t('webfollow:snapshots.intro')}</p>
      <AsyncView state={state}>
        {(snapshots) => (
          <>
            <section aria-labelledby="snapshot-list">
              <h2 id="snapshot-list">{t('webfollow:snapshots.list')}</h2>
              {snapshots.length === 0 ? (
                <p>{t('webfollow:snapshots.none')}</p>
              ) : (
                <div className="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('webfollow:snapshots.name')}</th>
                        <th scope="col">{t('webfollow:snapshots.asOf')}</th>
                        <th scope="col">{t('webfollow:snapshots.scenario')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {snapshots.map((s) => (
                        <tr key={s.name}>
                          <th scope="row">{s.name}</th>
                          <td>{formatDate(lang, s.asOf)}</td>
                          <td>
                            {s.scenario
                              ? t(`plan:scenario.${s.scenario}`, { defaultValue: s.scenario })
                              : t('follow:noScenario')}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
            <Compare key={snapshots.length} slug={slug} snapshots={snapshots} />
          </>
        )}
      </AsyncView>
      {canWrite ? <CreateForm slug={slug} today={today} onCreated={state.reload} /> : null}
    </>
  );
}
