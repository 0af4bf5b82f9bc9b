import { describe, expect, it } from 'vitest';
import { type StageSignals, suggestStage } from './stage.js';

const healthy: StageSignals = {
  ageDays: 1500,
  activitiesLastYear: 400,
  eventsPerYear: 10,
  longestGapDays: 50,
  coreMembers: 8,
  coreShare: 0.08,
  facilitatorShare: 0.3,
  facilitatorShareBefore: 0.4,
  retention: 0.7,
  retentionBefore: 0.65,
  contributionsPerYear: 12,
  activeMembersTrend: 0.1,
};

describe('suggestStage', () => {
  it.each<[string, Partial<StageSignals>, string]>([
    ['no activity ever', { ageDays: null, activitiesLastYear: 0, eventsPerYear: 0 }, 'potential'],
    ['a silent year', { activitiesLastYear: 0, eventsPerYear: 0 }, 'transformation'],
    ['halved and not retained', { activeMembersTrend: -0.6, retention: 0.3 }, 'transformation'],
    ['young with few events', { ageDays: 100, eventsPerYear: 2 }, 'potential'],
    ['no recurring rhythm', { longestGapDays: 120 }, 'coalescing'],
    ['too few core members', { coreMembers: 3 }, 'coalescing'],
    ['dependent on the facilitator', { facilitatorShare: 0.7 }, 'maturing'],
    ['self-sustaining', {}, 'stewardship'],
  ])('suggests %s → %s', (_, change, stage) => {
    expect(suggestStage({ ...healthy, ...change }).stage).toBe(stage);
  });

  it('gives the rule and every signal as evidence', () => {
    const { evidence } = suggestStage(healthy);
    expect(evidence[0]).toEqual({ signal: 'rule', value: 'self-sustaining' });
    expect(evidence).toContainEqual({ signal: 'P3.facilitatorShare', value: 0.3 });
    expect(evidence).toHaveLength(13);
  });
});
