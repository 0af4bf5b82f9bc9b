import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * What the built CLI loads at start-up. Every command is declared up front (for `--help`,
 * usage errors and option parsing) but loads its use cases only when it runs, so a command
 * never pays for the importers, the web server or the report renderers unless it uses them.
 * This asserts on which modules load, never on time.
 */

const bin = resolve('bin/pouls.js');
const root = pathToFileURL(resolve('.')).href;

/** Modules no start-up needs: importers, server, renderers, demo seeding and their packages. */
const HEAVY = [
  '/dist/import/',
  '/dist/server/',
  '/dist/report/',
  '/dist/demo/',
  '/node_modules/hono/',
  '/node_modules/@hono/',
  '/node_modules/exceljs/',
  '/node_modules/docx/',
  '/node_modules/pptxgenjs/',
  '/node_modules/echarts/',
  '/node_modules/@myriaddreamin/',
];

/** Besides those, what `--help` must not load: the store and its drivers, the analysis. */
const STORE = [
  '/dist/store/',
  '/dist/analytics/',
  '/node_modules/kysely/',
  '/node_modules/better-sqlite3/',
  '/node_modules/pg/',
];

/**
 * Runs the built CLI with a module-loading hook (node:module `register`) that writes the URL
 * of every module the ES loader loads to a file; returns the exit code, stdout and the URLs,
 * relative to the repository when they are inside it.
 */
function runCounted(args: string[]): { status: number | null; stdout: string; modules: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'pouls-start-'));
  const log = join(dir, 'modules.txt');
  writeFileSync(log, '');
  const loader = join(dir, 'loader.mjs');
  writeFileSync(
    loader,
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(log)}, url + '\\n');
  return next(url, context);
}
`,
  );
  const hook = join(dir, 'hook.mjs');
  writeFileSync(
    hook,
    `import { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(loader).href)});
`,
  );
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', POULS_LANG: 'en' },
  });
  const modules = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url !== '')
    .map((url) => (url.startsWith(root) ? url.slice(root.length) : url));
  return { status: result.status, stdout: result.stdout, modules };
}

const offenders = (modules: string[], forbidden: string[]) =>
  modules.filter((url) => forbidden.some((part) => url.includes(part)));

describe('what the pouls binary loads at start-up (built)', () => {
  it('prints the help without loading the store, the analysis, the importers or the renderers', () => {
    expect(existsSync(resolve('dist/cli/main.js')), 'run npm run build first').toBe(true);
    const { status, stdout, modules } = runCounted(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('analyze');
    // The hook saw the CLI itself: an empty list would prove nothing.
    expect(modules).toContain('/dist/cli/main.js');
    expect(modules).toContain('/dist/cli/commands/import.js');
    expect(offenders(modules, [...HEAVY, ...STORE])).toEqual([]);
  });

  it('reports a usage error without loading the store', () => {
    const { status, modules } = runCounted(['analyze', '--window', 'zero']);
    expect(status).toBe(2);
    expect(modules).toContain('/dist/cli/main.js');
    expect(offenders(modules, [...HEAVY, ...STORE])).toEqual([]);
  });

  it('analyses a store loading the store and the analysis only, not the importers, server or renderers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pouls-start-'));
    const db = join(dir, 'pouls.db');
    execFileSync(process.execPath, [bin, '--db', db, 'demo', '--out', join(dir, 'out')], {
      env: { PATH: process.env.PATH ?? '' },
      stdio: 'ignore',
    });
    const { status, stdout, modules } = runCounted([
      '--db',
      db,
      'analyze',
      '--as-of',
      '2024-11-15',
      '--json',
    ]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).community.slug).toBe('demo');
    expect(modules).toContain('/dist/app/analyse-community.js');
    expect(modules.some((url) => url.startsWith('/dist/analytics/'))).toBe(true);
    expect(modules.some((url) => url.startsWith('/dist/store/'))).toBe(true);
    expect(offenders(modules, HEAVY)).toEqual([]);
  });
});
