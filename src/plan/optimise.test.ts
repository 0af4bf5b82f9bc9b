import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type OptimiseProblem, optimise } from './optimise.js';
import { planValue } from './value.js';

/** Exhaustive search over every subset: the reference the optimiser must match. */
function bruteForce(problem: OptimiseProblem): number {
  const { candidates, findings, budget } = problem;
  const required = new Set(problem.required ?? []);
  let best = Number.NEGATIVE_INFINITY;
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const set = candidates.filter((_, i) => (mask >> i) & 1);
    const ids = new Set(set.map((c) => c.actionId));
    if ([...required].some((id) => !ids.has(id))) continue;
    if (set.some((c) => c.requires.some((d) => !ids.has(d)))) continue;
    if (set.reduce((sum, c) => sum + c.hours, 0) > budget + 1e-9) continue;
    best = Math.max(best, planValue(set, findings));
  }
  return best;
}

const problemArb = fc
  .record({
    n: fc.integer({ min: 1, max: 10 }),
    nf: fc.integer({ min: 1, max: 5 }),
    seed: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 200, maxLength: 200 }),
    budget: fc.double({ min: 0, max: 80, noNaN: true }),
  })
  .map(({ n, nf, seed, budget }): OptimiseProblem => {
    let k = 0;
    const next = () => seed[k++ % seed.length] as number;
    const findings = Array.from({ length: nf }, (_, f) => ({ id: `f${f}`, weight: 3 * next() }));
    const candidates = Array.from({ length: n }, (_, i) => ({
      actionId: `a${i}`,
      hours: Math.round(30 * next() * 10) / 10,
      // Dependencies only on earlier actions: acyclic by construction.
      requires: Array.from({ length: i }, (_, j) => `a${j}`).filter(() => next() < 0.2),
      effects: findings
        .filter(() => next() < 0.5)
        .map((f) => ({ findingId: f.id, strength: Math.round(next() * 10) / 10 })),
    }));
    return { candidates, findings, budget };
  });

describe('optimise', () => {
  it('finds the same value as brute force on small random catalogues', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        expect(optimise(problem).value).toBeCloseTo(bruteForce(problem), 6);
      }),
      { numRuns: 300 },
    );
  });

  it('never gives less value for more budget', () => {
    fc.assert(
      fc.property(problemArb, fc.double({ min: 0, max: 50, noNaN: true }), (problem, extra) => {
        const more = optimise({ ...problem, budget: problem.budget + extra });
        expect(more.value).toBeGreaterThanOrEqual(optimise(problem).value - 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every prerequisite of a selected action and stays within the budget', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const result = optimise(problem);
        const chosen = new Set(result.selected);
        const picked = problem.candidates.filter((c) => chosen.has(c.actionId));
        for (const c of picked) for (const d of c.requires) expect(chosen.has(d)).toBe(true);
        const hours = picked.reduce((sum, c) => sum + c.hours, 0);
        expect(hours).toBeLessThanOrEqual(problem.budget + 1e-9);
        expect(result.hours).toBeCloseTo(hours, 9);
        expect(result.value).toBeCloseTo(planValue(picked, problem.findings), 9);
      }),
      { numRuns: 200 },
    );
  });

  it('matches brute force with required actions that fit', () => {
    fc.assert(
      fc.property(problemArb, fc.nat(9), (problem, k) => {
        const id = problem.candidates[k % problem.candidates.length]?.actionId ?? 'a0';
        const withRequired = { ...problem, required: [id] };
        const best = bruteForce(withRequired);
        fc.pre(Number.isFinite(best));
        expect(optimise(withRequired).value).toBeCloseTo(best, 6);
      }),
      { numRuns: 200 },
    );
  });

  it('forces required actions and their prerequisites, flagging a budget they exceed', () => {
    const problem: OptimiseProblem = {
      findings: [{ id: 'f', weight: 1 }],
      candidates: [
        { actionId: 'a', hours: 10, requires: [], effects: [] },
        { actionId: 'b', hours: 10, requires: ['a'], effects: [] },
        { actionId: 'c', hours: 1, requires: [], effects: [{ findingId: 'f', strength: 0.5 }] },
      ],
      budget: 5,
      required: ['b'],
    };
    const result = optimise(problem);
    expect(result.selected).toEqual(['a', 'b']);
    expect(result.overBudget).toBe(true);
  });

  it('never selects an action whose prerequisite is not a candidate', () => {
    const result = optimise({
      findings: [{ id: 'f', weight: 1 }],
      candidates: [
        { actionId: 'a', hours: 1, requires: ['gone'], effects: [{ findingId: 'f', strength: 1 }] },
      ],
      budget: 10,
    });
    expect(result.selected).toEqual([]);
  });
});

describe('optimise on the full catalogue', () => {
  it('solves 29 actions and 15 findings exactly, with a bounded search', () => {
    const findings = Array.from({ length: 15 }, (_, f) => ({
      id: `F${f + 1}`,
      weight: 1 + (f % 3),
    }));
    const candidates = Array.from({ length: 29 }, (_, i) => ({
      actionId: `A${i + 1}`,
      hours: 5 + ((i * 7) % 40),
      requires: i === 2 ? ['A2'] : i === 1 ? ['A1'] : i === 21 ? ['A5'] : [],
      effects: findings
        .filter((_, f) => (i + f) % 5 === 0 || (i * f) % 7 === 1)
        .map((f, k) => ({ findingId: f.id, strength: k % 2 === 0 ? 0.6 : 0.3 })),
    }));
    for (const budget of [50, 150, 300, 500]) {
      const result = optimise({ candidates, findings, budget });
      // The bound prunes hard: a few hundred nodes of the 2^29 subsets (speed itself is benched).
      expect(result.nodes).toBeLessThan(2000);
      expect(result.hours).toBeLessThanOrEqual(budget);
    }
  });
});
