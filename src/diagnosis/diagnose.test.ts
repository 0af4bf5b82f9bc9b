import { describe, expect, it } from 'vitest';
import type { Analysis } from '../model/analysis.js';
import type { SurveyAnalysis } from '../model/survey.js';
import { analysisFixture } from '../report/fixtures/analysis.js';
import { diagnose } from './diagnose.js';

/** A healthy analysis: every activity indicator green, no survey. */
function healthy(): Analysis {
  const a = structuredClone(analysisFixture);
  a.participation = {
    ...a.participation,
    facilitatorShare: 0.3,
    newcomerActivation: 0.6,
    retention: 0.7,
    gini: 0.4,
    unansweredThreadShare: 0.1,
  };
  a.rhythm = { ...a.rhythm, activitiesPerYear: 8, longestGapDays: 40 };
  a.memberMetrics = a.memberMetrics.map((m, i) => ({
    ...m,
    level: i < 6 ? 'core' : m.level,
    staff: false,
  }));
  a.stage = { ...a.stage, evidence: [{ signal: 'activeMembersTrend', value: 0.1 }] };
  a.survey = null;
  return a;
}

function survey(overrides: Partial<SurveyAnalysis>): SurveyAnalysis {
  return {
    instrumentId: 'pouls-vitalite',
    respondents: 30,
    responseRate: 0.4,
    minGroupSize: 5,
    dimensions: [],
    items: [],
    segments: [],
    needs: [],
    formats: [],
    slots: [],
    frequency: [],
    obstacles: [],
    hoursPerMonth: { median: 3, n: 30 },
    domainClarity: 0.8,
    themes: [],
    ...overrides,
  };
}

const codes = (a: Analysis, options = {}) => diagnose(a, options).findings.map((f) => f.code);

describe('diagnose rules', () => {
  it('raises no frein but F9 on a healthy community without survey', () => {
    const freins = diagnose(healthy())
      .findings.filter((f) => f.kind === 'frein')
      .map((f) => f.code);
    expect(freins).toEqual(['F9']);
  });

  it('F4: facilitator share over 0.8 is severe, 0.5–0.8 a watch', () => {
    const a = healthy();
    a.participation.facilitatorShare = 0.9;
    expect(diagnose(a).findings.find((f) => f.code === 'F4')).toMatchObject({ severity: 3 });
    a.participation.facilitatorShare = 0.6;
    expect(diagnose(a).findings.find((f) => f.code === 'F4')).toMatchObject({ severity: 2 });
  });

  it('F4: no non-staff core member fires without a facilitator share', () => {
    const a = healthy();
    a.memberMetrics = a.memberMetrics.map((m) => ({ ...m, level: 'occasional' }));
    expect(codes(a)).toContain('F4');
  });

  it('F13 fires below 40 % newcomer activation, not above', () => {
    const a = healthy();
    expect(codes(a)).not.toContain('F13');
    a.participation.newcomerActivation = 0.1;
    expect(diagnose(a).findings.find((f) => f.code === 'F13')?.severity).toBe(3);
  });

  it('F12 fires when active members fall and retention drops', () => {
    const a = healthy();
    a.stage.evidence = [{ signal: 'activeMembersTrend', value: -0.45 }];
    expect(codes(a)).toContain('F12');
  });

  it('F1 fires when 30 % cite lack of time, and is less sure on a small survey', () => {
    const a = healthy();
    a.survey = survey({ obstacles: [{ option: 'time', n: 12, share: 0.4, frein: 'F1' }] });
    const f1 = diagnose(a).findings.find((f) => f.code === 'F1');
    expect(f1?.evidence[0]).toMatchObject({ indicator: 'OBS.F1', value: 0.4 });
    a.survey = survey({
      respondents: 8,
      obstacles: [{ option: 'time', n: 4, share: 0.5, frein: 'F1' }],
    });
    expect(diagnose(a).findings.find((f) => f.code === 'F1')?.confidence).toBeLessThan(
      f1?.confidence ?? 0,
    );
    a.survey = survey({ obstacles: [{ option: 'time', n: 3, share: 0.1, frein: 'F1' }] });
    expect(codes(a)).not.toContain('F1');
  });

  it('F5 fires on many isolates, and C1 on regional silos', () => {
    const a = healthy();
    a.network = {
      ...a.network,
      isolates: Math.ceil(a.members.total * 0.8),
      crossRegionShare: 0.05,
    };
    expect(codes(a)).toEqual(expect.arrayContaining(['F5', 'C1']));
  });

  it('ranks needs from the survey as besoins', () => {
    const a = healthy();
    a.survey = survey({
      needs: [
        { option: 'peer-exchange', n: 18, share: 0.6 },
        { option: 'help', n: 2, share: 0.07 },
      ],
    });
    const needs = diagnose(a).findings.filter((f) => f.kind === 'besoin');
    expect(needs.map((f) => [f.code, f.severity, f.actions])).toEqual([
      ['N-peer-exchange', 3, ['A6']],
    ]);
  });

  it('leviers reward green indicators', () => {
    expect(codes(healthy())).toEqual(expect.arrayContaining(['L1', 'L2', 'L5', 'L6', 'L7']));
  });

  it('applies threshold overrides', () => {
    const a = healthy();
    a.participation.facilitatorShare = 0.45;
    expect(codes(a)).not.toContain('F4');
    expect(codes(a, { thresholds: { P3: { green: { op: '<', value: 0.4 } } } })).toContain('F4');
  });

  it('keeps dismissed findings, marked and last', () => {
    const d = diagnose(healthy(), {
      judgements: [{ findingId: 'frein-F9', status: 'dismissed', note: 'Sondage prévu' }],
    });
    expect(d.findings.at(-1)).toMatchObject({
      id: 'frein-F9',
      judgement: { status: 'dismissed', note: 'Sondage prévu' },
    });
  });
});
