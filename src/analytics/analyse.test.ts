import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../model/analysis.js';
import type { SurveyResponse } from '../model/survey.js';
import { analyse } from './analyse.js';
import { attended, contribution, dataset, event, member, message, tie } from './fixtures/build.js';
import { KARATE_EDGES, KARATE_NODES } from './fixtures/karate.js';

const community = dataset({
  members: [
    member(1, { name: 'Anne', staff: true, joinedAt: '2022-01-01', region: 'Montréal' }),
    member(2, {
      name: 'Benoît',
      joinedAt: '2022-01-01',
      region: 'Estrie',
      disciplines: ['Musique'],
    }),
    member(3, { name: 'Chloé', joinedAt: '2024-03-01', region: 'Montréal' }),
    member(4, { name: 'David', joinedAt: '2024-12-01' }),
    member(5, { name: 'Éva', joinedAt: '2025-06-01' }), // after asOf
  ],
  events: [
    event(10, '2023-09-01', { organizerId: 1 }),
    event(11, '2024-03-15', { organizerId: 1 }),
    event(12, '2024-10-01', { organizerId: 2 }),
    event(13, '2025-07-01'),
  ],
  attendance: [
    ...attended(10, 2),
    ...attended(11, 2, 3),
    ...attended(12, 1, 2, 3),
    ...attended(13, 5),
  ],
  messages: [
    message(1, 1, '2024-11-02T10:00:00Z'),
    message(2, 3, '2024-11-02T12:00:00Z', { replyTo: 'm1', thread: 'm1', mentions: [2] }),
  ],
  contributions: [contribution(1, 2, '2024-12-20')],
  ties: [tie(3, 4, 2)],
});

describe('analyse', () => {
  const result = analyse(community, { asOf: '2024-12-31' });

  it('produces the `pouls analyze --json` contract', () => {
    expect(AnalysisSchema.parse(result)).toEqual(result);
    expect(result.survey).toBeNull();
  });

  it('ignores members and records after asOf', () => {
    expect(result.members.total).toBe(4);
    expect(result.memberMetrics.map((m) => m.id)).toEqual([1, 2, 3, 4]);
    expect(result.timeline.at(-1)?.month).toBe('2024-12');
    expect(result.timeline.reduce((sum, p) => sum + p.events, 0)).toBe(3);
  });

  it('counts members by status', () => {
    expect(result.members).toMatchObject({ active: 3, new: 1, staff: 1 });
    const byLevel = Object.values(result.members.byLevel).reduce((sum, n) => sum + n, 0);
    expect(byLevel).toBe(4);
  });

  it('builds the network with every kind of tie', () => {
    expect(result.network).toMatchObject({ nodes: 4, edges: 4, isolates: 0, components: 1 });
    const chloe = result.memberMetrics.find((m) => m.id === 3);
    // Chloé–Benoît: 2 events + 1 mention = 3; Chloé–Anne: 1 event + 1 reply = 2; Chloé–David: a
    // declared tie of 2; Anne–Benoît: 1 event. Anne–Benoît is shorter through Chloé
    // (1/2 + 1/3 < 1/1), so Chloé lies on all 3 pairs of the other members: betweenness 1.
    expect(chloe).toMatchObject({ degree: 3, weightedDegree: 7, attendances: 2, messages: 1 });
    expect(chloe?.betweenness).toBe(1);
  });

  it('measures replies, cores and silos', () => {
    expect(result.participation).toMatchObject({
      unansweredThreadShare: 0,
      medianFirstReplyHours: 2,
    });
    // Anne–Benoît and Benoît–Chloé cross regions, Anne–Chloé does not, David has no region.
    expect(result.network.crossRegionShare).toBeCloseTo(2 / 3, 12);
    expect(result.network.maxCore).toBe(2);
    expect(result.memberMetrics.map((m) => m.coreness)).toEqual([2, 2, 2, 1]);
  });

  it('adds evolution, cohorts, seasonality, missing groups and a layout', () => {
    const withTargets = analyse(community, {
      asOf: '2024-12-31',
      diversityTargets: { region: ['Montreal', 'Côte-Nord'] },
    });
    expect(withTargets.diversity.missing.region).toEqual(['Côte-Nord']);
    expect(result.diversity.missing).toEqual({ region: [], discipline: [], orgType: [] });
    expect(result.evolution.lastMonth).toBe('2024-12');
    expect(result.cohorts.map((c) => [c.quarter, c.joined])).toEqual([
      ['2022-Q1', 1],
      ['2024-Q1', 1],
      ['2024-Q4', 1],
    ]);
    expect(result.seasonality.reduce((sum, m) => sum + m.activities, 0)).toBe(9);
    expect(result.network.layout?.map((p) => p.memberId)).toEqual([1, 2, 3, 4]);
    const small = analyse(community, { asOf: '2024-12-31', layoutMaxNodes: 3 });
    expect(small.network.layout).toBeUndefined();
  });

  it('is deterministic', () => {
    expect(analyse(community, { asOf: '2024-12-31' })).toEqual(result);
  });

  it('analyses an empty community', () => {
    const empty = analyse(dataset(), { asOf: '2024-12-31' });
    expect(AnalysisSchema.parse(empty)).toEqual(empty);
    expect(empty.stage.stage).toBe('potential');
  });

  it('reproduces the karate club figures through the whole pipeline', () => {
    const karate = dataset({
      members: Array.from({ length: KARATE_NODES }, (_, i) => member(i + 1)),
      ties: KARATE_EDGES.map(([a, b]) => tie(a + 1, b + 1)),
    });
    const { network } = analyse(karate, { asOf: '2024-12-31' });
    expect(network.density).toBeCloseTo(0.139, 3);
    expect(network.clustering).toBeCloseTo(0.5706, 4);
    expect(network.brokers[0]).toEqual({ memberId: 1, betweenness: expect.closeTo(0.4376, 4) });
    expect(network.brokers[1]).toEqual({ memberId: 34, betweenness: expect.closeTo(0.3041, 4) });
    expect(network.modularity).toBeGreaterThan(0.4);
  });
});

describe('analyse with a survey', () => {
  const response = (id: number, submittedAt: string | null): SurveyResponse => ({
    id: String(id),
    respondent: null,
    submittedAt,
    consent: { quotes: false, identified: false },
    answers: { VI: 4 },
  });
  // Six answers by the end of 2024, two more in 2025, one without a date.
  const responses = [
    ...[1, 2, 3, 4, 5].map((id) => response(id, `2024-11-0${id}T10:00:00Z`)),
    response(6, '2024-12-31T23:00:00Z'),
    response(7, '2025-01-15T10:00:00Z'),
    response(8, '2025-02-01'),
    response(9, null),
  ];

  it('counts only the responses submitted up to asOf, and those without a date', () => {
    const atEnd2024 = analyse(community, { asOf: '2024-12-31', survey: { responses } });
    const later = analyse(community, { asOf: '2025-03-01', survey: { responses } });
    expect(atEnd2024.survey?.respondents).toBe(7);
    expect(later.survey?.respondents).toBe(9);
  });

  it('has no survey at a date before every dated response, when none is undated', () => {
    const dated = responses.filter((r) => r.submittedAt !== null);
    expect(
      analyse(community, { asOf: '2024-10-01', survey: { responses: dated } }).survey,
    ).toBeNull();
  });
});
