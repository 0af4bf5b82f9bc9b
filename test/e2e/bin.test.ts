import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = resolve('bin/pouls.js');

describe('the pouls binary (built)', () => {
  it('writes the demo outputs into ./pouls.db and ./out of the current folder', () => {
    expect(existsSync(resolve('dist/cli/main.js')), 'run npm run build first').toBe(true);
    const cwd = mkdtempSync(join(tmpdir(), 'pouls-bin-'));
    execFileSync(process.execPath, [bin, 'demo', '--out', 'out'], {
      cwd,
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(existsSync(join(cwd, 'pouls.db'))).toBe(true);
    expect(existsSync(join(cwd, 'out', 'analysis.json'))).toBe(true);
    expect(existsSync(join(cwd, 'out', 'report.html'))).toBe(true);
  });

  it('exits 2 with a plain message on an unknown command', () => {
    const result = spawnSync(process.execPath, [bin, 'frobnicate'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('frobnicate');
    expect(result.stderr).not.toContain('    at ');
  });
});
