import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/index.js';
import { CATALOGUE } from './catalogue.js';
import { effectsOf, planValue, strength, weighFindings } from './value.js';

const byId = (id: string) => CATALOGUE.find((a) => a.id === id)!;

function finding(code: string, kind: Finding['kind'] = 'frein', actions: string[] = []): Finding {
  return {
    id: `x-${code}`,
    kind,
    code,
    title: { fr: code, en: code },
    severity: 3,
    confidence: 0.5,
    evidence: [],
    references: [],
    actions,
  };
}

describe('strength', () => {
  it('is 0.6 for a main lever, 0.3 for a frein only listed, 0 otherwise', () => {
    expect(strength(byId('A5'), finding('F4'))).toBe(0.6);
    expect(strength(byId('A29'), finding('F4'))).toBe(0.3);
    expect(strength(byId('A8'), finding('F4'))).toBe(0);
  });

  it('is 0.3 when the diagnosis names the action, and takes overrides by id or code', () => {
    expect(strength(byId('A8'), finding('N1', 'besoin', ['A8']))).toBe(0.3);
    expect(strength(byId('A8'), finding('F4'), { A8: { F4: 0.9 } })).toBe(0.9);
    expect(strength(byId('A5'), finding('F4'), { A5: { 'x-F4': 0 } })).toBe(0);
  });
});

describe('weighFindings', () => {
  it('multiplies severity, confidence and 1 + the weights of touching priorities', () => {
    const priorities = [
      { id: 'regions', label: { fr: 'Régions', en: 'Regions' }, weight: 2, actions: ['A24'] },
      { id: 'value', label: { fr: 'Valeur', en: 'Value' }, weight: 1, findings: ['F13'] },
      { id: 'other', label: { fr: 'Autre', en: 'Other' }, weight: 5, findings: ['F1'] },
    ];
    const [f13, levier] = weighFindings(
      [finding('F13'), finding('L1', 'levier')],
      priorities,
      CATALOGUE,
    );
    expect(f13).toEqual({
      id: 'x-F13',
      code: 'F13',
      weight: 3 * 0.5 * 4,
      priorities: ['regions', 'value'],
    });
    expect(levier?.weight).toBe(0);
  });
});

describe('planValue', () => {
  it('is Σ_f w_f (1 − Π (1 − s)) on a hand-checked case', () => {
    const findings = [
      { id: 'a', weight: 2 },
      { id: 'b', weight: 1 },
    ];
    const s1 = { effects: [{ findingId: 'a', strength: 0.6 }] };
    const s2 = {
      effects: [
        { findingId: 'a', strength: 0.5 },
        { findingId: 'b', strength: 0.3 },
      ],
    };
    // a: 2 × (1 − 0.4 × 0.5) = 1.6; b: 1 × 0.3.
    expect(planValue([s1, s2], findings)).toBeCloseTo(1.9, 12);
    expect(planValue([], findings)).toBe(0);
  });

  it('derives effects from the catalogue', () => {
    expect(effectsOf(byId('A7'), [finding('F13'), finding('F9'), finding('F4')])).toEqual([
      { findingId: 'x-F13', strength: 0.6 },
      { findingId: 'x-F9', strength: 0.3 },
    ]);
  });
});
