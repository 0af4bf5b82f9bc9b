import { translator } from '../i18n/index.js';
import type { Lang } from '../i18n/lang.js';
import { reasonsText } from './reason-text.js';
import type { MemberRecommendations, Recommendation } from './recommendation.js';

/** Formats a digest can be written in. */
export const DIGEST_FORMATS = ['md', 'html'] as const;
export type DigestFormat = (typeof DIGEST_FORMATS)[number];

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

function line(r: Recommendation, lang: Lang): { title: string; why: string } {
  const t = translator(lang);
  const title =
    r.kind === 'initiative' && r.item
      ? String(t(`connect:digest.item.${r.item.type}`, { title: r.item.title, date: r.item.date }))
      : (r.name ?? '');
  return { title, why: reasonsText(r, lang) };
}

/**
 * The "people you could meet" digest for one member, in Markdown or in one self-contained HTML
 * page: peers to meet, members who can answer their needs, initiatives to discover, each with its
 * reasons. It holds only eligible members (the recommendations already do).
 */
export function renderDigest(
  recommendations: MemberRecommendations,
  options: { lang: Lang; format: DigestFormat; community: string },
): string {
  const t = translator(options.lang);
  const title = String(t('connect:digest.title', { community: options.community }));
  const hello = String(t('connect:digest.hello', { name: recommendations.name }));
  const groups = (
    [
      ['peers', recommendations.peers],
      ['answerers', recommendations.answerers],
      ['initiatives', recommendations.initiatives],
    ] as const
  ).filter(([, list]) => list.length > 0);
  const footer = String(t('connect:digest.footer'));
  if (options.format === 'md') {
    const parts = [`# ${title}`, '', hello, ''];
    for (const [key, list] of groups) {
      parts.push(`## ${t(`connect:digest.${key}`)}`, '');
      for (const r of list) {
        const { title: name, why } = line(r, options.lang);
        parts.push(`- **${name}** — ${why}`);
      }
      parts.push('');
    }
    parts.push(`_${footer}_`, '');
    return parts.join('\n');
  }
  const body = groups
    .map(
      ([key, list]) =>
        `<h2>${escapeHtml(String(t(`connect:digest.${key}`)))}</h2>\n<ul>\n${list
          .map((r) => {
            const { title: name, why } = line(r, options.lang);
            return `<li><strong>${escapeHtml(name)}</strong> — ${escapeHtml(why)}</li>`;
          })
          .join('\n')}\n</ul>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${options.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.5rem}footer{color:#555;font-size:.9rem;margin-top:2rem}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(hello)}</p>
${body}
<footer>${escapeHtml(footer)}</footer>
</body>
</html>
`;
}
