import { describe, expect, it } from 'vitest';
import { progressBar } from './progress-bar.js';

describe('progressBar', () => {
  it('draws on a terminal, once per percent', () => {
    let out = '';
    const bar = progressBar((s) => {
      out += s;
    }, true);
    bar.update(1, 200);
    bar.update(2, 200);
    bar.update(200, 200);
    bar.end();
    expect(out.split('\r').filter(Boolean)).toHaveLength(3);
    expect(out).toContain('100 % (200/200)');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('stays quiet when stderr is not a terminal', () => {
    let out = '';
    const bar = progressBar((s) => {
      out += s;
    }, false);
    bar.update(5, 10);
    bar.end();
    expect(out).toBe('');
  });
});
