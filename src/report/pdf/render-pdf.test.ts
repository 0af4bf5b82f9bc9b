import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../model/analysis.js';
import { analysisFixture } from '../fixtures/analysis.js';
import { buildReport } from '../report-model.js';
import { renderPdf } from './render-pdf.js';

const analysis = AnalysisSchema.parse(analysisFixture);
const options = { generatedOn: '2024-12-05', authors: 'Projet collectif' };
const report = buildReport(analysis, { ...options, lang: 'fr' });
const dir = mkdtempSync(join(tmpdir(), 'pouls-pdf-'));

/** The PDF's text through poppler's `pdftotext` (Debian `poppler-utils`). */
function pdfText(pdf: Uint8Array, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

describe('renderPdf', () => {
  const pdf = renderPdf(report);

  it('writes the same bytes for the same report', () => {
    expect(Buffer.from(renderPdf(report)).equals(Buffer.from(pdf))).toBe(true);
    writeFileSync('/tmp/report-fr.pdf', pdf);
  });

  it('writes a PDF with no creation date', () => {
    const head = Buffer.from(pdf.subarray(0, 8)).toString('latin1');
    expect(head.startsWith('%PDF-')).toBe(true);
    expect(Buffer.from(pdf).toString('latin1')).not.toContain('/CreationDate');
  });

  it('prints the title page, contents, sections, key figures and members', () => {
    const text = pdfText(pdf, 'fr.pdf');
    for (const expected of [
      'Analyse et recommandations',
      'Table des matières',
      'Sommaire',
      'Stade de développement',
      'Tableau 1',
      'Figure 1',
      'À agir',
      'Geneviève Tremblay',
      'Page 2 sur',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints hostile names as typed', () => {
    const name = '#set page(width: 1cm) *bold* _x_ $y$ @ref <lab> [a] \\ "q" // c';
    const hostile = {
      ...analysis,
      community: { slug: 'x', name },
      memberMetrics: analysis.memberMetrics.map((m) => (m.id === 1 ? { ...m, name } : m)),
    };
    const text = pdfText(renderPdf(buildReport(hostile, { ...options, lang: 'en' })), 'h.pdf');
    expect(text.replace(/\s+/g, ' ')).toContain(name);
  });
});
