import { describe, expect, it } from 'vitest';
import { mergeThresholds } from '../diagnosis/rules/thresholds.js';
import { type Analysis, AnalysisSchema } from '../model/analysis.js';
import { analysisFixture } from './fixtures/analysis.js';
import { buildReport, type KeyFigure, type Report, SECTION_IDS } from './index.js';

const analysis = AnalysisSchema.parse(analysisFixture);
const options = { generatedOn: '2024-12-05', authors: 'Projet collectif' };
const fr = buildReport(analysis, { ...options, lang: 'fr' });
const en = buildReport(analysis, { ...options, lang: 'en' });

function figures(report: Report): KeyFigure[] {
  const summary = report.sections[0]!;
  return (summary.subsections ?? []).flatMap((s) =>
    s.blocks.flatMap((block) => (block.type === 'keyFigures' ? block.items : [])),
  );
}

function texts(report: Report): string {
  return JSON.stringify(report);
}

function tableRows(report: Report, caption: string): string[][] {
  const blocks = report.sections.flatMap((s) => [
    ...s.blocks,
    ...(s.subsections ?? []).flatMap((sub) => sub.blocks),
  ]);
  const table = blocks.find((b) => b.type === 'table' && b.caption === caption);
  if (table?.type !== 'table') throw new Error(`no table ${caption}`);
  return table.rows;
}

describe('buildReport', () => {
  it('has every section, in order; freins, leviers and needs only with a diagnosis', () => {
    const needData = [
      'findings',
      'needs',
      'recommendations',
      'scenarios',
      'indicators',
      'since',
      'log',
    ];
    const withoutDiagnosis = SECTION_IDS.filter((id) => !needData.includes(id));
    expect(fr.sections.map((s) => s.id)).toEqual(withoutDiagnosis);
  });

  it('fills the cover: community, period from the first month to asOf, date, authors', () => {
    expect(fr.cover.community).toBe('Communauté de pratique en promotion numérique');
    expect(fr.cover.facts.map((f) => f.value)).toEqual([
      'de décembre 2022 au 1er décembre 2024',
      '5 décembre 2024',
      'Projet collectif',
    ]);
    expect(en.cover.facts[0]!.value).toBe('December 2022 to December 1, 2024');
  });

  it('speaks French and English', () => {
    expect(fr.sections[0]!.title).toBe('Sommaire');
    expect(en.sections[0]!.title).toBe('Executive summary');
    expect(fr.sections.map((s) => s.title)).not.toEqual(en.sections.map((s) => s.title));
    expect(texts(fr)).not.toContain('report:');
    expect(texts(en)).not.toContain('report:');
  });

  it('states 3 to 5 findings in the summary', () => {
    const list = fr.sections[0]!.subsections![0]!.blocks[0]!;
    expect(list.type).toBe('list');
    if (list.type !== 'list') return;
    expect(list.items.length).toBeGreaterThanOrEqual(3);
    expect(list.items.length).toBeLessThanOrEqual(5);
    expect(list.items[4]).toContain('unification');
  });

  it('colours the key figures against method.md thresholds', () => {
    const statuses = figures(fr).map((f) => [f.value, f.status]);
    expect(statuses).toEqual([
      ['17\u00a0%', 'amber'],
      ['62\u00a0%', 'amber'],
      ['50\u00a0%', 'green'],
      ['35\u00a0%', 'red'],
      ['1', 'green'],
      ['7', 'amber'],
    ]);
    expect(figures(fr)[0]!.threshold).toContain('moins de 10\u00a0%');
    expect(figures(fr)[0]!.source).toContain('P1');
  });

  it('colours and words the key figures with a community threshold override', () => {
    const thresholds = mergeThresholds({
      P1: { green: { op: '>=', value: 0.15 }, red: { op: '<', value: 0.05 } },
    });
    const p1 = figures(buildReport(analysis, { ...options, lang: 'fr', thresholds }))[0]!;
    expect(p1).toMatchObject({ value: '17\u00a0%', status: 'green' });
    expect(p1.threshold.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Sain : 15 % et plus · à surveiller : de 5 % à 15 % · à agir : moins de 5 %',
    );
    const enP1 = figures(buildReport(analysis, { ...options, lang: 'en', thresholds }))[0]!;
    expect(enP1.threshold).toBe('Healthy: 15% or more · watch: 5% to 15% · act: under 5%');
  });

  it('marks an active share of 8 % red', () => {
    const low: Analysis = { ...analysis, members: { ...analysis.members, total: 25, active: 2 } };
    const p1 = figures(buildReport(low, { ...options, lang: 'fr' }))[0]!;
    expect(p1).toMatchObject({ value: '8\u00a0%', status: 'red', statusLabel: 'À agir' });
  });

  it('merges groups under 5 people', () => {
    const rows = tableRows(fr, 'Membres par région administrative');
    expect(rows.map((r) => r[0])).toEqual(['Montréal', 'Autres (groupes de moins de 5)']);
    expect(rows[1]![1]).toBe('6');
    expect(texts(fr)).not.toContain('Bas-Saint-Laurent');
    const orgTypes = tableRows(en, 'Members by type of organisation');
    expect(orgTypes.map((r) => r[0])).toEqual(['Festival', 'Others (groups under 5)']);
  });

  it('hides the size of a merged group still under 5', () => {
    const region = [
      { group: 'Montréal', members: 9, share: 0.75, activeMembers: 2 },
      { group: 'Laval', members: 3, share: 0.25, activeMembers: 0 },
    ];
    const small = { ...analysis, diversity: { ...analysis.diversity, region } };
    const rows = tableRows(
      buildReport(small, { ...options, lang: 'fr' }),
      'Membres par région administrative',
    );
    expect(rows[1]).toEqual(['Autres (groupes de moins de 5)', 'moins de 5', '—', '—']);
  });

  it('agrees counted nouns with their number', () => {
    const intro = fr.sections.find((s) => s.id === 'portrait')!.blocks[0]!;
    expect(intro).toMatchObject({ type: 'paragraph' });
    if (intro.type !== 'paragraph') return;
    expect(intro.text).toContain('12 membres inscrits, dont 1 membre de l’équipe');
    expect(intro.text).toContain('1 personne s’est jointe');
    expect(texts(en)).toContain('1 member has no tie to others');
  });

  it('compares the last 12 months with the 12 before', () => {
    const rows = tableRows(fr, 'Comparaison d’une année sur l’autre');
    expect(rows[2]).toEqual(['Messages', '162', '328', '\u221251\u00a0%']);
  });

  it('names the brokers by betweenness', () => {
    const rows = tableRows(fr, 'Membres passerelles (intermédiarité)');
    expect(rows.map((r) => r[0])).toEqual([
      'Geneviève Tremblay',
      'Marc-André Gagnon',
      'Sophie Bouchard',
      'Mélanie Lavoie',
    ]);
  });

  it('applies French typography', () => {
    const stage = fr.sections.find((s) => s.id === 'stage')!;
    expect(stage.blocks[0]).toEqual({
      type: 'paragraph',
      text: 'Stade suggéré\u00a0: «\u00a0unification\u00a0».',
    });
  });

  it('is deterministic', () => {
    expect(buildReport(analysis, { ...options, lang: 'fr' })).toEqual(fr);
  });
});

describe('counted nouns', () => {
  it('stays a sentence for a million members (French « many » plural)', () => {
    const big = { ...analysisFixture, members: { ...analysisFixture.members, total: 1_000_000 } };
    const intro = buildReport(big, { ...options, lang: 'fr' }).sections.find(
      (s) => s.id === 'portrait',
    )!.blocks[0]!;
    expect(intro).toMatchObject({
      text: expect.stringContaining('1\u00a0000\u00a0000 membres inscrits'),
    });
  });
});
