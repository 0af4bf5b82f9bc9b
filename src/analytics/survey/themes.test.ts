import { describe, expect, it } from 'vitest';
import { stem } from './stem.js';
import { themes } from './themes.js';

describe('stem', () => {
  it('strips French and English inflections', () => {
    expect(stem('infolettres')).toBe(stem('infolettre'));
    expect(stem('Réseautage')).toBe('reseautag');
    expect(stem('meetings')).toBe(stem('meeting'));
  });
});

describe('themes', () => {
  const answers = [
    { text: 'Grâce au réseautage, j’ai trouvé une agence pour nos infolettres.', quotable: true },
    { text: 'Le réseautage régional m’a aidée.', quotable: false },
    { text: 'Networking helped me rethink our newsletter.', quotable: true },
    { text: 'Nos infolettres sont plus lues depuis un atelier.', quotable: true },
  ];

  it('groups answers that share a stem, French and English', () => {
    const found = themes(answers);
    expect(found[0]).toMatchObject({ size: 2, stems: [stem('infolettres')] });
    expect(found.map((t) => t.size).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(answers.length);
  });

  it('quotes only respondents who consented', () => {
    const quotes = themes(answers).flatMap((t) => t.quotes);
    expect(quotes).not.toContain('Le réseautage régional m’a aidée.');
  });
});
