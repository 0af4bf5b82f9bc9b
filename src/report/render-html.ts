import { escapeHtml as esc } from './escape-html.js';
import { type HtmlCounters, renderBlock } from './html-blocks.js';
import { HTML_STYLE } from './html-style.js';
import { outputLabels } from './pdf/output-labels.js';
import type { Logo } from './pdf/render-pdf.js';
import type { Report, Section } from './report-types.js';

function anchor(id: string): string {
  return esc(id.replace(/[^A-Za-z0-9_-]/g, '-'));
}

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** A logo shown on the cover, embedded in the page (the file stays self-contained). */
  logo?: Logo;
}

const MIME: Record<Logo['format'], string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  svg: 'image/svg+xml',
};

function logoImage(report: Report, logo: Logo | undefined): string[] {
  if (!logo) return [];
  const src = `data:${MIME[logo.format]};base64,${Buffer.from(logo.data).toString('base64')}`;
  return [`<img class="cover-logo" src="${src}" alt="${esc(outputLabels(report.lang).logo)}">`];
}

function cover(report: Report, logo: Logo | undefined): string {
  const facts = report.cover.facts
    .map((fact) => `<dt>${esc(fact.label)}</dt><dd>${esc(fact.value)}</dd>`)
    .join('\n');
  return [
    '<header class="cover">',
    '<div>',
    '<div class="cover-band"></div>',
    ...logoImage(report, logo),
    `<p class="cover-kicker">${esc(report.cover.subtitle)}</p>`,
    `<h1><span class="cover-title">${esc(report.cover.title)}</span><span class="cover-community">${esc(report.cover.community)}</span></h1>`,
    '</div>',
    `<dl class="cover-facts">\n${facts}\n</dl>`,
    '</header>',
  ].join('\n');
}

function contents(report: Report): string {
  const item = (section: Section, number: string, depth: number): string => {
    const children =
      depth === 0 && section.subsections?.length
        ? `<ol>${section.subsections.map((sub, i) => item(sub, `${number}.${i + 1}`, 1)).join('')}</ol>`
        : '';
    return `<li><a href="#${anchor(section.id)}"><span class="num">${number}</span>${esc(section.title)}</a>${children}</li>`;
  };
  const items = report.sections.map((section, i) => item(section, String(i + 1), 0)).join('\n');
  return `<nav class="toc" aria-labelledby="toc-title">\n<h2 id="toc-title">${esc(report.labels.contents)}</h2>\n<ol>\n${items}\n</ol>\n</nav>`;
}

function section(report: Report, s: Section, number: string, counters: HtmlCounters): string {
  const depth = number.includes('.') ? 3 : 2;
  const id = anchor(s.id);
  const heading = `<h${depth} id="${id}-title"><span class="num">${number}</span> ${esc(s.title)}</h${depth}>`;
  const blocks = s.blocks.map((block) => renderBlock(block, report, counters));
  const subs = (s.subsections ?? []).map((sub, i) =>
    section(report, sub, `${number}.${i + 1}`, counters),
  );
  return [
    `<section id="${id}" aria-labelledby="${id}-title">`,
    heading,
    ...blocks,
    ...subs,
    '</section>',
  ].join('\n');
}

/**
 * Renders a report to one self-contained HTML file: inline CSS and SVG charts, no external
 * resource, a table of contents, numbered sections, accessible charts and tables, A4 print rules.
 * Every text is HTML-escaped. Deterministic: the same report always gives the same string.
 *
 * @example
 * const html = renderHtml(buildReport(analysis, { lang: 'fr', generatedOn: '2024-12-05' }));
 */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const counters: HtmlCounters = { table: 0, figure: 0 };
  const body = report.sections.map((s, i) => section(report, s, String(i + 1), counters));
  const title = `${report.cover.title} — ${report.cover.community}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${report.lang === 'en' ? 'en-CA' : 'fr-CA'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    cover(report, options.logo),
    contents(report),
    '<main>',
    ...body,
    '</main>',
    `<footer class="report-footer"><p>${esc(report.footer)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
