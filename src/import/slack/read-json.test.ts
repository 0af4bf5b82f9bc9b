import { describe, expect, it } from 'vitest';
import { isJsonTooDeep, readJson } from './read-json.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readJson', () => {
  it('parses JSON after a byte order mark', () => {
    expect(readJson(bytes('\uFEFF{"a":[1]}'), 'a.json')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('reports text that is not JSON', () => {
    expect(readJson(bytes('{"a":'), 'a.json')).toEqual({
      ok: false,
      issues: [{ code: 'unreadable_file', file: 'a.json', params: { reason: 'json' } }],
    });
  });

  it('refuses JSON nested deeper than 1,000 levels without parsing it', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = readJson(bytes(deep), 'deep.json');
    expect(!result.ok && result.issues[0]?.params).toEqual({ reason: 'json_too_deep' });
  });
});

describe('isJsonTooDeep', () => {
  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(isJsonTooDeep('["[[[\\"[[["]', 2)).toBe(false);
    expect(isJsonTooDeep('[[[1]]]', 2)).toBe(true);
  });
});
