import { describe, expect, it } from 'vitest';
import { CustomActionsSchema } from '../model/index.js';
import { CATALOGUE, mergeCatalogue, validateCatalogue } from './catalogue.js';

/** Main levers of each frein, as method.md §4.3 lists them. */
const LEVERS: Record<string, string[]> = {
  F1: ['A6', 'A8', 'A21'],
  F2: ['A5', 'A22', 'A29'],
  F3: ['A1', 'A2', 'A4'],
  F4: ['A5', 'A14', 'A22'],
  F5: ['A11', 'A12', 'A23'],
  F6: ['A10', 'A15', 'A27'],
  F7: ['A2', 'A17', 'A18'],
  F8: ['A20', 'A8'],
  F9: ['A1', 'A18', 'A19', 'A17'],
  F10: ['A11', 'A15'],
  F11: ['A2', 'A12'],
  F12: ['A4', 'A7', 'A26', 'A28'],
  F13: ['A24', 'A10', 'A7'],
  F14: ['A5', 'A4'],
  F15: ['A26'],
};

const byId = (id: string) => CATALOGUE.find((a) => a.id === id)!;

describe('CATALOGUE', () => {
  it('holds A1–A29 in order, each valid', () => {
    expect(CATALOGUE.map((a) => a.id)).toEqual(Array.from({ length: 29 }, (_, i) => `A${i + 1}`));
    expect(CustomActionsSchema.safeParse(CATALOGUE).success).toBe(true);
    expect(validateCatalogue(CATALOGUE)).toEqual([]);
  });

  it('names exactly the main levers of method.md §4.3', () => {
    for (const [frein, actions] of Object.entries(LEVERS)) {
      const listed = CATALOGUE.filter((a) => a.levers.includes(frein)).map((a) => a.id);
      expect(listed.sort()).toEqual([...actions].sort());
    }
  });

  it('follows the relaunch sequence: A3 needs A2 needs A1; A22 needs A5; A26 needs consolidation', () => {
    expect(byId('A3').requires).toEqual(['A2']);
    expect(byId('A2').requires).toEqual(['A1']);
    expect(byId('A22').requires).toEqual(['A5']);
    expect(byId('A26').requires).toEqual(['A5', 'A6']);
    expect([byId('A1'), byId('A2'), byId('A3')].map((a) => a.phase)).toEqual([
      'diagnose',
      'design',
      'relaunch',
    ]);
  });
});

describe('mergeCatalogue', () => {
  it('patches a known action field by field and adds a new one', () => {
    const custom = CustomActionsSchema.parse([
      { id: 'A7', hoursPerOccurrence: [4, 6] },
      { ...byId('A6'), id: 'X1', label: { fr: 'Balado', en: 'Podcast' }, requires: ['A5'] },
    ]);
    const merged = mergeCatalogue(CATALOGUE, custom);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.value).toHaveLength(30);
    expect(merged.value.find((a) => a.id === 'A7')?.hoursPerOccurrence).toEqual([4, 6]);
    expect(merged.value.find((a) => a.id === 'A7')?.freins).toEqual(byId('A7').freins);
    expect(merged.value.at(-1)?.id).toBe('X1');
  });

  it('reports a new action with missing fields', () => {
    const merged = mergeCatalogue(CATALOGUE, [{ id: 'X2', label: { fr: 'a', en: 'b' } }]);
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.issues).toContainEqual(
      expect.objectContaining({ code: 'required_value', column: 'X2', params: { field: 'phase' } }),
    );
  });

  it('reports unknown dependencies, cycles and a dependency in a later phase', () => {
    const merged = mergeCatalogue(CATALOGUE, [
      { id: 'A5', requires: ['A99'] },
      { id: 'A1', requires: ['A3'] },
    ]);
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    const codes = merged.issues.map((i) => `${i.code}:${i.column}`);
    expect(codes).toContain('unknown_reference:A5');
    expect(codes).toContain('invalid_value:A1');
    expect(
      merged.issues.some(
        (i) => i.code === 'invalid_value' && i.params.expected === 'no dependency cycle',
      ),
    ).toBe(true);
  });
});
