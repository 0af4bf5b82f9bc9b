import type { Analysis } from '../../model/analysis.js';
import { AsyncView } from '../components/AsyncView.js';
import { communityPath } from '../lib/api.js';
import { formatNumber, formatPercent } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { useApi } from '../lib/use-api.js';

/** One channel's exchanges, as `GET exchanges` sums them. */
interface ChannelRow {
  readonly channel: string;
  readonly messages: number;
  readonly threads: number;
  readonly unanswered: number;
}

/** The online exchanges: per channel, and the report's responsiveness figures. */
export function ExchangesPage({ slug }: { slug: string }) {
  const { t, lang } = useLang();
  const state = useApi<{ channels: ChannelRow[] }>(communityPath(slug, 'exchanges'));
  const analysis = useApi<Analysis>(communityPath(slug, 'analysis'));
  return (
    <>
      <AsyncView state={analysis}>
        {(a) => (
          <section className="card" aria-labelledby="resp-title">
            <h2 id="resp-title">{t('report:participation.responsivenessTitle')}</h2>
            <dl className="stats">
              <div>
                <dt>{t('report:participation.unanswered')}</dt>
                <dd>{formatPercent(lang, a.participation.unansweredThreadShare ?? null)}</dd>
              </div>
              <div>
                <dt>{t('report:participation.firstReply')}</dt>
                <dd>
                  {a.participation.medianFirstReplyHours === null
                    ? t('report:notAvailable')
                    : t('report:participation.firstReplyValue', {
                        hours: formatNumber(lang, a.participation.medianFirstReplyHours, 1),
                      })}
                </dd>
              </div>
            </dl>
            <p className="muted">{t('report:participation.unansweredDetail')}</p>
          </section>
        )}
      </AsyncView>
      <AsyncView state={state}>
        {(data) => (
          <section className="card">
            <div className="table-wrap">
              <table>
                <caption>{t('web:exchanges.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('web:exchanges.channel')}</th>
                    <th scope="col" className="num">
                      {t('report:evolution.messages')}
                    </th>
                    <th scope="col" className="num">
                      {t('web:exchanges.threads')}
                    </th>
                    <th scope="col" className="num">
                      {t('report:participation.unanswered')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.channels.map((c) => (
                    <tr key={c.channel}>
                      <th scope="row">{c.channel}</th>
                      <td className="num">{formatNumber(lang, c.messages)}</td>
                      <td className="num">{formatNumber(lang, c.threads)}</td>
                      <td className="num">{formatNumber(lang, c.unanswered)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}
      </AsyncView>
    </>
  );
}
