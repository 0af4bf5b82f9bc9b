import { describe, expect, it } from 'vitest';
import { PlanSchema, type Scenario } from '../model/index.js';
import { CONSERVATIVE_CONTINGENCY } from './effort.js';
import { ANALYSIS_120, FINDINGS_120 } from './fixtures/community-120.js';
import { plan } from './plan.js';
import { planValue } from './value.js';

const PRIORITIES = [
  {
    id: 'regions',
    label: { fr: 'Visibilité de l’offre en région', en: 'Visibility of the offer in the regions' },
    weight: 2,
    actions: ['A24', 'A26'],
  },
];
const POSITIONING = {
  programme: 'CdP en promotion numérique',
  effortShare: 0.1,
  fit: 'Appuie la stratégie régionale',
};
const PLAN = plan({
  analysis: ANALYSIS_120,
  findings: FINDINGS_120,
  options: { hourlyRate: 45, priorities: PRIORITIES, positioning: POSITIONING },
});
const scenario = (name: Scenario['name']) => PLAN.scenarios.find((s) => s.name === name)!;

describe('plan on a 120-member community (F4, F13, F9, F1)', () => {
  it('reads as a facilitator would: maintain < relaunch < ambitious', () => {
    const [maintain, relaunch, ambitious] = ['maintain', 'relaunch', 'ambitious'].map((n) =>
      scenario(n as Scenario['name']),
    ) as [Scenario, Scenario, Scenario];
    expect(maintain.totalHours).toBeLessThan(relaunch.totalHours);
    expect(relaunch.totalHours).toBeLessThan(ambitious.totalHours);
    expect(maintain.value).toBeLessThan(relaunch.value);
    expect(relaunch.value).toBeLessThan(ambitious.value);
    expect(relaunch.selected).toEqual(expect.arrayContaining(['A1', 'A2', 'A3', 'A5']));
    expect(ambitious.selected).toEqual(expect.arrayContaining(relaunch.selected.slice(0, 4)));
    expect(ambitious.selected.length).toBeGreaterThan(relaunch.selected.length);
    expect(maintain.selected).toContain('A5');
  });

  it('selects every required action of the relaunch sequence in relaunch and ambitious', () => {
    for (const name of ['relaunch', 'ambitious'] as const) {
      expect(scenario(name).selected).toEqual(expect.arrayContaining(['A1', 'A2', 'A3', 'A5']));
    }
  });

  it('matches the budgets of docs/plan.md §8: 0.10, 0.25 and 0.40 FTE of 1,610 h', () => {
    expect(PLAN.scenarios.map((s) => s.budgetHours)).toEqual([161, 402.5, 644]);
    for (const s of PLAN.scenarios) {
      expect(s.totalHours).toBeLessThanOrEqual(s.budgetHours);
      expect(s.overBudget).toBe(false);
      expect(s.months.reduce((sum, m) => sum + m.hours, 0)).toBeCloseTo(s.totalHours, 1);
    }
  });

  it('exposes what the optimiser used, so the value can be recomputed', () => {
    expect(PlanSchema.safeParse(PLAN).success).toBe(true);
    expect(PLAN.findings.map((f) => [f.code, f.weight])).toEqual([
      ['F4', 2.4],
      ['F13', 4.8],
      ['F9', 1.6],
      ['F1', 1.6],
    ]);
    for (const s of PLAN.scenarios) {
      const chosen = PLAN.candidates.filter((c) => s.selected.includes(c.actionId));
      expect(planValue(chosen, PLAN.findings)).toBeCloseTo(s.value, 2);
      const hours =
        chosen.reduce((sum, c) => sum + c.hours, 0) + PLAN.settings.baseCoordinationHours;
      expect(hours).toBeCloseTo(s.totalHours, 1);
    }
    expect(PLAN.positioning).toEqual(POSITIONING);
  });

  it('explains every action, in or out', () => {
    const relaunch = scenario('relaunch');
    expect(relaunch.explanations).toHaveLength(29);
    const why = (id: string) => relaunch.explanations.find((e) => e.actionId === id)!;
    expect(why('A2')).toMatchObject({ selected: true, reason: 'required' });
    expect(why('A28')).toMatchObject({ selected: false, reason: 'stage' });
    expect(why('A12')).toMatchObject({ selected: false, reason: 'noFinding' });
    const maintain = scenario('maintain').explanations;
    expect(maintain.find((e) => e.actionId === 'A1')).toMatchObject({
      selected: false,
      reason: 'lowerValue',
    });
    for (const e of relaunch.explanations.filter((x) => x.selected && x.reason === 'bestValue')) {
      expect(e.marginalValue).toBeGreaterThan(0);
    }
  });

  it('weighs the regions priority through the actions that serve it', () => {
    const f13 = PLAN.findings.find((f) => f.code === 'F13');
    expect(f13?.priorities).toEqual(['regions']);
    expect(scenario('ambitious').priorities).toEqual([{ id: 'regions', actions: ['A24', 'A26'] }]);
  });

  it('keeps member hours apart, costs staff hours and sets targets that move the right way', () => {
    const relaunch = scenario('relaunch');
    expect(relaunch.hoursByRole.staff).toBe(relaunch.totalHours);
    expect(relaunch.memberHours).toBeCloseTo(
      relaunch.hoursByRole.core + relaunch.hoursByRole.members,
      6,
    );
    expect(relaunch.cost?.amount).toBeCloseTo(relaunch.totalHours * 45, 0);
    const target = (id: string) => relaunch.targets.find((t) => t.indicator === id)!;
    expect(target('P3').at12).toBeLessThan(0.85);
    expect(target('P5').at12).toBeGreaterThan(0.12);
    expect(target('R1').at12).toBeGreaterThanOrEqual(6);
    expect(target('P1').at6).toBeLessThanOrEqual(target('P1').at12 ?? 0);
  });

  it('adds a custom scenario for a monthly budget and scales with the contingency', () => {
    const options = { budget: 30, contingency: CONSERVATIVE_CONTINGENCY };
    const conservative = plan({ analysis: ANALYSIS_120, findings: FINDINGS_120, options });
    const custom = conservative.scenarios.find((s) => s.name === 'custom')!;
    expect(custom.budgetHours).toBe(360);
    expect(custom.totalHours).toBeLessThanOrEqual(360);
    expect(conservative.settings.baseCoordinationHours).toBeCloseTo(2 * 69, 6);
    expect(conservative.scenarios[1]?.value).toBeLessThanOrEqual(scenario('relaunch').value);
  });

  // Speed is measured by the web bench's plan slider (bench/server.js), never in a test.
  it('is deterministic', () => {
    const again = plan({
      analysis: ANALYSIS_120,
      findings: FINDINGS_120,
      options: { hourlyRate: 45, priorities: PRIORITIES, positioning: POSITIONING, horizon: 12 },
    });
    expect(again).toEqual(PLAN);
  });

  it('plans all fifteen freins at once', () => {
    const findings = Array.from({ length: 15 }, (_, f) => ({
      ...FINDINGS_120[0]!,
      id: `frein-F${f + 1}`,
      code: `F${f + 1}`,
      severity: 1 + (f % 3),
      actions: [],
    }));
    plan({ analysis: ANALYSIS_120, findings });
    const all = plan({ analysis: ANALYSIS_120, findings, options: { budget: 30 } });
    const [maintain, relaunch, ambitious] = all.scenarios.map((s) => s.value) as number[];
    expect(maintain).toBeLessThan(relaunch!);
    expect(relaunch).toBeLessThan(ambitious!);
  });
});
