import { writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../model/analysis.js';
import { analysisFixture } from '../fixtures/analysis.js';
import { buildReport } from '../report-model.js';
import { renderDocx } from './render-docx.js';

const analysis = AnalysisSchema.parse(analysisFixture);
const options = { generatedOn: '2024-12-05', authors: 'Projet collectif' };
const report = buildReport(analysis, { ...options, lang: 'fr' });

function part(docx: Uint8Array, name: string): string {
  const file = unzipSync(docx)[name];
  if (!file) throw new Error(`${name} missing`);
  return strFromU8(file);
}

/** The document's visible text, runs joined. */
function text(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('renderDocx', async () => {
  const docx = await renderDocx(report, { date: '2024-12-05' });
  const xml = part(docx, 'word/document.xml');

  it('writes the same bytes for the same report and date', async () => {
    const again = await renderDocx(report, { date: '2024-12-05' });
    expect(Buffer.from(again).equals(Buffer.from(docx))).toBe(true);
    writeFileSync('/tmp/report-fr.docx', docx);
  });

  it('uses real headings, a table of contents field and Word tables', () => {
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('carries the sections, key figures, members and chart alt texts', () => {
    const visible = text(xml);
    for (const expected of [
      'Sommaire',
      'Stade de développement',
      'Tableau 1 — ',
      '▲ À surveiller',
      'Geneviève Tremblay',
    ]) {
      expect(visible).toContain(expected);
    }
    expect(visible).toMatch(/17\s%/u);
    expect(xml.match(/<wp:docPr [^>]*descr="[^"]+"/g)?.length).toBe(3);
  });

  it('writes page numbers in the footer and the report title in the header', () => {
    const files = Object.keys(unzipSync(docx));
    const footers = files.filter((f) => /word\/footer\d+\.xml/.test(f)).map((f) => part(docx, f));
    expect(footers.join('')).toContain('PAGE');
    const headers = files
      .filter((f) => /word\/header\d+\.xml/.test(f))
      .map((f) => text(part(docx, f)));
    expect(headers.join('')).toContain('Analyse et recommandations');
  });

  it('writes fixed properties', () => {
    const core = part(docx, 'docProps/core.xml');
    expect(core).toContain('<dc:creator>Pouls</dc:creator>');
    expect(core).toContain('2024-12-05T00:00:00Z');
  });

  it('escapes hostile names', async () => {
    const name = '<w:t>Tom & "Jerry"</w:t> ]]> #set *bold*';
    const hostile = {
      ...analysis,
      community: { slug: 'x', name },
      memberMetrics: analysis.memberMetrics.map((m) => (m.id === 1 ? { ...m, name } : m)),
    };
    const out = part(
      await renderDocx(buildReport(hostile, { ...options, lang: 'en' })),
      'word/document.xml',
    );
    expect(out).toContain('&lt;w:t&gt;Tom &amp; ');
    expect(out).not.toContain('<w:t>Tom');
  });
});
