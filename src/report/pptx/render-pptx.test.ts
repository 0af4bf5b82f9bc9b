import { writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../model/analysis.js';
import { analysisFixture } from '../fixtures/analysis.js';
import { buildReport } from '../report-model.js';
import { buildDeck } from './deck-model.js';
import { renderPptx } from './render-pptx.js';

const analysis = AnalysisSchema.parse(analysisFixture);
const options = { generatedOn: '2024-12-05', authors: 'Projet collectif' };
const report = buildReport(analysis, { ...options, lang: 'fr' });

function slides(pptx: Uint8Array): string[] {
  const files = unzipSync(pptx);
  const names = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  names.sort((a, b) => Number(/(\d+)/.exec(a)?.[1]) - Number(/(\d+)/.exec(b)?.[1]));
  return names.map((name) => strFromU8(files[name] ?? new Uint8Array()));
}

function text(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
}

describe('buildDeck', () => {
  it('chooses 12 to 20 slides, from title to next steps', () => {
    const deck = buildDeck(report);
    expect(deck.slides.length).toBeGreaterThanOrEqual(12);
    expect(deck.slides.length).toBeLessThanOrEqual(20);
    expect(deck.slides[0]?.kind).toBe('title');
    expect(deck.slides[1]?.kind).toBe('agenda');
    expect(deck.slides.at(-1)?.kind).toBe('closing');
    expect(deck.slides.filter((s) => s.kind === 'message')).toHaveLength(4);
    expect(deck.slides.filter((s) => s.kind === 'chart').length).toBeGreaterThanOrEqual(3);
  });

  it('carries the sections’ paragraphs as speaker notes', () => {
    const stage = buildDeck(report).slides.find((s) => s.title === 'Stade de développement');
    expect(stage?.notes).toContain('Stade suggéré');
  });
});

describe('renderPptx', async () => {
  const pptx = await renderPptx(report, { date: '2024-12-05' });
  const xml = slides(pptx);

  it('writes the same bytes for the same report and date', async () => {
    const again = await renderPptx(report, { date: '2024-12-05' });
    expect(Buffer.from(again).equals(Buffer.from(pptx))).toBe(true);
    writeFileSync('/tmp/report-fr.pptx', pptx);
  });

  it('writes every slide with its title, key figures, members and alt texts', () => {
    expect(xml).toHaveLength(buildDeck(report).slides.length);
    const all = xml.map(text).join('\n');
    for (const expected of [
      'Analyse et recommandations',
      'Ordre du jour',
      'Réseau',
      'À surveiller',
      'Geneviève Tremblay',
      'Prochaines étapes',
    ]) {
      expect(all).toContain(expected);
    }
    expect(xml.join('').match(/<p:cNvPr [^>]*descr="[^"]+"/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('writes speaker notes', () => {
    const files = Object.keys(unzipSync(pptx)).filter((f) => f.startsWith('ppt/notesSlides/'));
    expect(files.length).toBeGreaterThan(5);
  });

  it('escapes hostile names', async () => {
    const name = '<a:t>Tom & "Jerry"</a:t> #set *bold*';
    const hostile = {
      ...analysis,
      community: { slug: 'x', name },
      memberMetrics: analysis.memberMetrics.map((m) => (m.id === 1 ? { ...m, name } : m)),
    };
    const out = slides(await renderPptx(buildReport(hostile, { ...options, lang: 'en' }))).join('');
    expect(out).toContain('&lt;a:t&gt;Tom &amp; ');
    expect(out).not.toContain('<a:t>Tom');
  });
});
