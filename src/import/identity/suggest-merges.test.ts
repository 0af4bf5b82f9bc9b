import { describe, expect, it } from 'vitest';
import type { Member } from '../../model/member.js';
import { jaroWinkler, suggestMerges } from './suggest-merges.js';

function member(id: number, name: string, email?: string): Member {
  return {
    id,
    name,
    identities: email ? [{ kind: 'email', source: '', value: email }] : [],
    organization: null,
    role: null,
    region: null,
    disciplines: [],
    orgType: null,
    joinedAt: null,
    leftAt: null,
    staff: false,
  };
}

describe('jaroWinkler', () => {
  it('matches the published example MARTHA/MARHTA = 0.961', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
  });
});

describe('suggestMerges', () => {
  it('suggests initials, email spelling a name and near-identical names', () => {
    const suggestions = suggestMerges([
      member(1, 'Jean-François Tremblay', 'jf.tremblay@theatre.ca'),
      member(2, 'J.-F. Tremblay'),
      member(3, 'Marie Côté', 'mcote@musee.qc.ca'),
      member(4, 'Marie Cote-Roy'),
      member(5, 'Nathalie Bouchard'),
      member(6, 'Natalie Bouchard'),
      member(7, 'Sophie Gagnon', 'sgagnon@festival.ca'),
      member(8, 'Sophie Gagnon'),
      member(9, 'Paul Martin'),
    ]);
    expect(suggestions).toContainEqual({ keepId: 1, otherId: 2, score: 0.75, reason: 'initial' });
    expect(suggestions.find((s) => s.keepId === 5)).toMatchObject({
      otherId: 6,
      reason: 'similar_name',
    });
    expect(suggestions.some((s) => s.keepId === 9 || s.otherId === 9)).toBe(false);
  });

  it('suggests nothing for distinct people', () => {
    expect(
      suggestMerges([member(1, 'Alice Roy'), member(2, 'Benoît Roy'), member(3, 'Alice Lévesque')]),
    ).toEqual([]);
  });
});
