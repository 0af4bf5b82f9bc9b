import { AsyncView } from '../components/AsyncView.js';
import { communityPath } from '../lib/api.js';
import { formatDate, formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { useApi } from '../lib/use-api.js';

/** An event as `GET events` lists them. */
interface EventRow {
  readonly id: number | string;
  readonly title: string;
  readonly date: string;
  readonly format?: string | null;
  readonly kind?: string | null;
  readonly attendees?: number;
}

/** The community's activities, latest first, with their attendance. */
export function EventsPage({ slug }: { slug: string }) {
  const { t, lang } = useLang();
  const state = useApi<EventRow[]>(communityPath(slug, 'events'));
  return (
    <AsyncView state={state}>
      {(events) => {
        const sorted = [...events].sort((a, b) => b.date.localeCompare(a.date));
        return (
          <section className="card">
            <div className="table-wrap">
              <table>
                <caption>{t('web:events.count', { count: events.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('web:events.date')}</th>
                    <th scope="col">{t('web:events.title')}</th>
                    <th scope="col">{t('web:events.format')}</th>
                    <th scope="col">{t('web:events.kind')}</th>
                    <th scope="col" className="num">
                      {t('web:events.attendees')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {sorted.map((e) => (
                    <tr key={e.id}>
                      <td>{formatDate(lang, e.date)}</td>
                      <th scope="row">{e.title}</th>
                      <td>
                        {e.format
                          ? t(`web:events.formats.${e.format}`, { defaultValue: e.format })
                          : ''}
                      </td>
                      <td>{e.kind ?? ''}</td>
                      <td className="num">{formatNumber(lang, e.attendees ?? 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      }}
    </AsyncView>
  );
}
