import { describe, expect, it } from 'vitest';
import { matchRoute, sectionPath } from './router.js';

describe('matchRoute', () => {
  it('reads the pages of the web app', () => {
    expect(matchRoute('/')).toEqual({ page: 'communities' });
    expect(matchRoute('/login')).toEqual({ page: 'login' });
    expect(matchRoute('/c/demo')).toEqual({
      page: 'community',
      slug: 'demo',
      section: 'dashboard',
    });
    expect(matchRoute('/c/demo/plan/')).toEqual({
      page: 'community',
      slug: 'demo',
      section: 'plan',
    });
    expect(matchRoute('/s/abc123')).toEqual({ page: 'survey', token: 'abc123' });
  });

  it('sends unknown paths to the not-found page', () => {
    expect(matchRoute('/c/demo/dashboard')).toEqual({ page: 'notFound' });
    expect(matchRoute('/c/demo/nope')).toEqual({ page: 'notFound' });
    expect(matchRoute('/s/a/b')).toEqual({ page: 'notFound' });
    expect(matchRoute('/elsewhere')).toEqual({ page: 'notFound' });
  });

  it('writes section paths back', () => {
    expect(sectionPath('demo', 'dashboard')).toBe('/c/demo');
    expect(sectionPath('a b', 'plan')).toBe('/c/a%20b/plan');
    expect(matchRoute(sectionPath('a b', 'plan'))).toEqual({
      page: 'community',
      slug: 'a b',
      section: 'plan',
    });
  });
});

describe('matchRoute with an item', () => {
  it('reads a member record under privacy, and nothing else', () => {
    expect(matchRoute('/c/demo/privacy/42')).toEqual({
      page: 'community',
      slug: 'demo',
      section: 'privacy',
      item: '42',
    });
    expect(matchRoute('/c/demo/privacy/abc')).toEqual({ page: 'notFound' });
    expect(matchRoute('/c/demo/plan/42')).toEqual({ page: 'notFound' });
    expect(matchRoute('/c/demo/privacy/42/x')).toEqual({ page: 'notFound' });
  });
});
