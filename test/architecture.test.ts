import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript source file below `src/`, tests excluded. */
function sources(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'fixtures' || entry.name === 'test-support' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The code of a file without its comments, so that a TSDoc mention of `Math.random()` passes. */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] ?? '');
}

const FILES = sources();
const inFolder = (folder: string) =>
  FILES.filter((f) => relative('src', f).startsWith(`${folder}/`));
/** Output renderers: the only part of src/report that may use Node and output libraries. */
const RENDERERS = /src\/report\/(pdf|docx|pptx)\/|render-chart-png\.ts$/;
const PURE = [
  ...inFolder('analytics'),
  ...inFolder('diagnosis'),
  ...inFolder('plan'),
  ...inFolder('report'),
  ...inFolder('follow'),
  ...inFolder('connect'),
].filter((f) => !RENDERERS.test(f));

describe('architecture (style.md: boundaries)', () => {
  it('keeps analytics, diagnosis, plan, follow, connect and the report model pure: no Node, no clock, no randomness', () => {
    const offenders = PURE.filter((file) => {
      const text = codeOf(file);
      return (
        importsOf(file).some((i) => i.startsWith('node:') || i === 'kysely') ||
        /Date\.now\(\)|Math\.random\(\)|new Date\(\)/.test(text) ||
        /process\.env/.test(text)
      );
    });
    expect(offenders).toEqual([]);
  });

  it('imports Kysely only in src/store', () => {
    const offenders = FILES.filter(
      (f) => !f.startsWith('src/store/') && importsOf(f).includes('kysely'),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps importers away from the store: they yield records and issues', () => {
    const offenders = inFolder('import').filter((f) =>
      importsOf(f).some((i) => i.includes('/store/')),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the CLI thin: it calls the use cases, never the cores directly', () => {
    const cores = [
      '/analytics/',
      '/diagnosis/',
      '/plan/',
      '/report/',
      '/demo/',
      '/follow/',
      '/connect/',
    ];
    const offenders = inFolder('cli').filter((f) =>
      importsOf(f).some((i) => cores.some((c) => i.includes(c))),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the CLI quick to start: use cases, importers, server and store load when a command runs', () => {
    // Static value imports of these load hundreds of modules before any command is chosen.
    const heavy = ['/app/index.js', '/import/index.js', '/server/', '/store/index.js'];
    const offenders = inFolder('cli').flatMap((f) => {
      const code = codeOf(f);
      const eager = [...code.matchAll(/^import\s+(?!type\s)[^;]*?from\s*'([^']+)'/gm)]
        .map((m) => m[1] ?? '')
        .filter((spec) => heavy.some((h) => spec.endsWith(h) || spec.includes(h)))
        .map((spec) => `${f}: ${spec}`);
      // A computed `import(path)` would escape the boundary checks above, which read literals.
      const computed = [...code.matchAll(/\bimport\(\s*([^\s)])/g)]
        .filter((m) => m[1] !== "'")
        .map(() => `${f}: import() without a literal path`);
      return [...eager, ...computed];
    });
    expect(offenders).toEqual([]);
  });

  it('reads the environment only at the entry point', () => {
    const offenders = FILES.filter((f) => /process\.env/.test(codeOf(f)));
    expect(offenders).toEqual([]);
  });
});
