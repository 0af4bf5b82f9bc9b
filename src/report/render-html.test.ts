import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../model/analysis.js';
import { analysisFixture } from './fixtures/analysis.js';
import { renderHtml } from './render-html.js';
import { buildReport } from './report-model.js';

const analysis = AnalysisSchema.parse(analysisFixture);
const options = { generatedOn: '2024-12-05', authors: 'Projet collectif' };
const html = renderHtml(buildReport(analysis, { ...options, lang: 'fr' }));

describe('renderHtml', () => {
  it('writes the same bytes for the same input', () => {
    const again = renderHtml(buildReport(analysis, { ...options, lang: 'fr' }));
    expect(again).toBe(html);
    writeFileSync('/tmp/report-fr.html', html);
    writeFileSync(
      '/tmp/report-en.html',
      renderHtml(buildReport(analysis, { ...options, lang: 'en' })),
    );
  });

  it('embeds a logo on the cover as a data URI, keeping the page self-contained', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    const withLogo = renderHtml(buildReport(analysis, { ...options, lang: 'fr' }), {
      logo: { data: new TextEncoder().encode(svg), format: 'svg' },
    });
    const base64 = Buffer.from(svg).toString('base64');
    expect(withLogo).toContain(
      `<img class="cover-logo" src="data:image/svg+xml;base64,${base64}" alt="Logo">`,
    );
    expect(html).not.toContain('cover-logo"');
  });

  it('loads no external resource', () => {
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
    expect(html).not.toMatch(/<(?:script|link|img|iframe)\b/i);
  });

  it('declares its language and a table of contents with anchors', () => {
    expect(html).toContain('<html lang="fr-CA">');
    expect(html).toContain('<a href="#summary">');
    expect(html).toContain('<section id="summary" aria-labelledby="summary-title">');
    expect(html).toContain('<h2 id="network-title">');
    expect(html).toContain('<h3 id="participation-levels-title">');
  });

  it('gives charts an alternative text and tables a caption and header scopes', () => {
    expect(html.match(/<svg role="img" aria-label="[^"]+"/g)).toHaveLength(3);
    expect(html.match(/<svg [^>]*><title>/g)).toHaveLength(3);
    expect(html).toContain('<caption><span class="label">Tableau 1 —</span>');
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row"');
  });

  it('states each status in words beside its colour', () => {
    expect(html).toContain('class="card status-red"');
    expect(html).toMatch(/<span class="badge"><span aria-hidden="true">■<\/span> À agir<\/span>/);
    expect(html).toContain('Sain\u00a0: 25\u00a0% et plus');
  });

  it('escapes member and community names', () => {
    const evil = '<script>alert(1)</script>';
    const hostile = {
      ...analysis,
      community: { slug: 'x', name: `Tom & Jerry's "CdP" ${evil}` },
      memberMetrics: analysis.memberMetrics.map((m) => (m.id === 1 ? { ...m, name: evil } : m)),
    };
    const out = renderHtml(buildReport(hostile, { ...options, lang: 'en' }));
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('Tom &amp; Jerry&#39;s &quot;CdP&quot;');
  });
});
