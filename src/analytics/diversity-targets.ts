import type { Diversity } from './diversity.js';

/** Groups the steward wants represented, per dimension (product.md §3.2 "Diversity"). */
export interface DiversityTargets {
  /** Québec administrative regions (quebec.md), e.g. `['Bas-Saint-Laurent', 'Côte-Nord']`. */
  region?: string[];
  discipline?: string[];
  orgType?: string[];
}

/** Target groups with no non-staff member, per dimension. */
export interface MissingGroups {
  region: string[];
  discipline: string[];
  orgType: string[];
}

/**
 * Missing groups: the steward's target groups that no non-staff member belongs to, as the
 * steward spelled them. Names are compared without accents, case or punctuation, so
 * `Montreal` matches `Montréal` and `cote nord` matches `Côte-Nord`.
 * @example missingGroups(diversity, { region: ['Côte-Nord'] }) // { region: ['Côte-Nord'], ... }
 */
export function missingGroups(diversity: Diversity, targets: DiversityTargets): MissingGroups {
  const missing = (dimension: keyof MissingGroups): string[] => {
    const present = new Set(
      diversity[dimension].filter((g) => g.members > 0).map((g) => normaliseGroup(g.group)),
    );
    const seen = new Set<string>();
    return (targets[dimension] ?? []).filter((target) => {
      const key = normaliseGroup(target);
      if (key === '' || present.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  return {
    region: missing('region'),
    discipline: missing('discipline'),
    orgType: missing('orgType'),
  };
}

/**
 * A group name reduced for comparison: accents removed, lower case, runs of other characters
 * turned into one space.
 * @example normaliseGroup('Côte-Nord') // 'cote nord'
 */
export function normaliseGroup(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
