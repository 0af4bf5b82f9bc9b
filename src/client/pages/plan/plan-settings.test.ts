import { describe, expect, it } from 'vitest';
import { ActionSchema, PrioritySchema } from '../../../model/plan.js';
import { customAction, nextId, priority } from './plan-settings.js';

describe('plan settings drafts', () => {
  it('finds a free id', () => {
    expect(nextId('X', ['X1', 'X2'])).toBe('X3');
    expect(nextId('P', [])).toBe('P1');
  });

  it('turns a draft into an action and a priority the plan schema accepts', () => {
    const action = customAction(
      'X1',
      {
        label: 'Café-rencontre',
        phase: 'run',
        setupHours: 4,
        hoursPerOccurrence: 2,
        perYear: 6,
        freins: ['F1'],
      },
      ['coalescing', 'maturing'],
      'équipe',
    );
    expect(ActionSchema.safeParse(action).success).toBe(true);
    expect(action.frequency).toEqual({ per: 'year', range: [6, 6] });
    const p = priority('P1', 'Accueil', 2, ['F13']);
    expect(PrioritySchema.safeParse(p).success).toBe(true);
    expect(p.label).toEqual({ fr: 'Accueil', en: 'Accueil' });
  });
});
