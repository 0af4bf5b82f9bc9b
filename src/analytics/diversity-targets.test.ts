import { describe, expect, it } from 'vitest';
import type { Diversity } from './diversity.js';
import { missingGroups, normaliseGroup } from './diversity-targets.js';

const group = (name: string, members: number) => ({
  group: name,
  members,
  share: 0,
  activeMembers: 0,
});

const present: Diversity = {
  region: [group('Montréal', 5), group('Côte-Nord', 1), group('(unknown)', 2)],
  discipline: [group('Théâtre', 3)],
  orgType: [],
};

describe('missingGroups', () => {
  it('lists the target groups no member belongs to, as the steward spelled them', () => {
    expect(
      missingGroups(present, {
        region: ['montreal', 'Cote-Nord', 'Gaspésie–Îles-de-la-Madeleine', 'Abitibi-Témiscamingue'],
        discipline: ['THÉÂTRE', 'Danse'],
      }),
    ).toEqual({
      region: ['Gaspésie–Îles-de-la-Madeleine', 'Abitibi-Témiscamingue'],
      discipline: ['Danse'],
      orgType: [],
    });
  });

  it('lists a target once and ignores blank ones', () => {
    expect(missingGroups(present, { orgType: ['Musée', 'musee', ' '] }).orgType).toEqual(['Musée']);
  });

  it('is empty without targets', () => {
    expect(missingGroups(present, {})).toEqual({ region: [], discipline: [], orgType: [] });
  });
});

describe('normaliseGroup', () => {
  it.each([
    ['Côte-Nord', 'cote nord'],
    ['  Gaspésie–Îles-de-la-Madeleine ', 'gaspesie iles de la madeleine'],
    ['Musée ou centre d’exposition', 'musee ou centre d exposition'],
  ])('reduces %s to %s', (name, key) => {
    expect(normaliseGroup(name)).toBe(key);
  });
});
