import { describe, expect, it } from 'vitest';
import { translatorFor } from './i18n.js';
import { SECTIONS } from './router.js';
import { sectionTitle } from './section-title.js';

describe('sectionTitle', () => {
  it('names every section in French and in English, from whichever catalogue holds it', () => {
    for (const lang of ['fr', 'en'] as const) {
      const t = translatorFor(lang);
      for (const section of SECTIONS) {
        const title = sectionTitle(t, section);
        expect(title, `${lang} ${section}`).not.toContain('section.');
        expect(title.length).toBeGreaterThan(2);
      }
    }
    expect(sectionTitle(translatorFor('fr'), 'plan')).toBe('Plan de relance');
    expect(sectionTitle(translatorFor('en'), 'audit')).toBe('Audit log');
  });
});
