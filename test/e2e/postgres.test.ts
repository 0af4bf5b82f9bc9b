import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function freshDatabaseUrl(): Promise<string> {
  const url = new URL(inject('pgUrl'));
  const name = `pouls_e2e_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

async function demo(args: string[], env: Record<string, string>): Promise<number> {
  return main(args, { stdout: () => {}, stderr: () => {}, env, today: '2024-11-15' });
}

describe('the same results on SQLite and PostgreSQL', () => {
  it('gives the same analysis, diagnosis, plan and a byte-identical PDF for the demo', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pouls-pg-e2e-'));
    expect(await demo(['--db', join(dir, 'p.db'), 'demo', '--out', join(dir, 'sqlite')], {})).toBe(
      0,
    );
    const databaseUrl = await freshDatabaseUrl();
    expect(
      await demo(['demo', '--out', join(dir, 'postgres')], { DATABASE_URL: databaseUrl }),
    ).toBe(0);
    for (const file of [
      'analysis.json',
      'diagnosis.json',
      'plan.json',
      'report.html',
      'report.pdf',
    ]) {
      const onSqlite = readFileSync(join(dir, 'sqlite', file));
      const onPostgres = readFileSync(join(dir, 'postgres', file));
      expect(onPostgres.equals(onSqlite), file).toBe(true);
    }
  });
});
