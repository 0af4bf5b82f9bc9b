import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ComparisonSchema } from '../../src/follow/index.js';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: {},
    today: '2024-11-15',
  });
  return { code, stdout, stderr };
}

describe('pouls snapshot, log, recommend (in-process, SQLite)', () => {
  it('follows the demo over two phases and writes the chapter and the log into the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pouls-follow-'));
    const db = ['--db', join(dir, 'pouls.db')];
    expect((await run([...db, 'demo', '--out', join(dir, 'demo')])).code).toBe(0);
    expect(
      (await run([...db, 'snapshot', 'create', 'phase-1', '--as-of', '2024-05-15'])).code,
    ).toBe(0);
    expect(
      (await run([...db, 'snapshot', 'create', 'phase-2', '--as-of', '2024-11-15'])).code,
    ).toBe(0);
    const again = await run([...db, 'snapshot', 'create', 'phase-2']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('« phase-2 » existe déjà');
    const text = await run([...db, 'snapshot', 'compare', 'phase-1', 'phase-2']);
    expect(text.stdout).toContain('Cibles du scénario « Relance » retenu à phase-1');
    expect(text.stdout).toContain('Mouvements par membre');
    const json = await run([
      ...db,
      'snapshot',
      'compare',
      'phase-1',
      'phase-2',
      '--json',
      '--no-names',
    ]);
    const comparison = ComparisonSchema.parse(JSON.parse(json.stdout));
    expect(comparison).toMatchObject({ names: false, members: { moves: [] } });
    expect((await run([...db, 'snapshot', 'compare', 'phase-1', 'nope'])).stderr).toContain(
      'Instantané inconnu « nope »',
    );

    await run([
      ...db,
      'log',
      'phase',
      'add',
      'Phase 1',
      '--start',
      '2024-10-01',
      '--end',
      '2024-12-20',
      '--budget',
      '12',
    ]);
    await run([
      ...db,
      'log',
      'hours',
      'add',
      '--date',
      '2024-10-08',
      '--person',
      'Léa',
      '--activity',
      'analyse',
      '--hours',
      '3,5',
    ]);
    await run([...db, 'log', 'deliverable', 'add', 'Rapport', '--date', '2024-12-05']);
    const shown = await run([...db, 'log', 'show']);
    expect(shown.stdout).toContain('Phase 1 (2024-10-01 → 2024-12-20) : 3,5 h sur 12 h');
    expect(shown.stdout).toContain('reste 8,5 h');

    const effect = await run([...db, 'effect', '--event', 'nope']);
    expect(effect.code).toBe(1);

    const report = await run([
      ...db,
      'report',
      '--format',
      'html',
      '--out',
      join(dir, 'rep'),
      '--as-of',
      '2024-11-15',
    ]);
    expect(report.code).toBe(0);
    const html = readFileSync(join(dir, 'rep', 'report.html'), 'utf8');
    expect(html).toContain('Depuis la dernière phase');
    expect(html).toContain('Journal d’accompagnement');
  }, 180_000);

  it('shows no one who declined in the CLI text of recommendations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pouls-recommend-'));
    const db = ['--db', join(dir, 'pouls.db')];
    await run([...db, 'demo', '--out', join(dir, 'demo')]);
    const analysis = JSON.parse(readFileSync(join(dir, 'demo', 'analysis.json'), 'utf8')) as {
      memberMetrics: { id: number; name: string; staff: boolean }[];
    };
    const members = analysis.memberMetrics.filter((m) => !m.staff);
    const declined = members.filter((_, i) => i % 5 === 0);
    for (const m of members)
      await run([
        ...db,
        'directory',
        'consent',
        String(m.id),
        'recommendations',
        declined.includes(m) ? 'no' : 'yes',
      ]);
    for (const m of members.filter((m, i) => i % 9 === 1 && !declined.includes(m))) {
      const out = await run([
        ...db,
        'recommend',
        '--member',
        String(m.id),
        '--as-of',
        '2024-11-15',
        '--k',
        '10',
      ]);
      expect(out.code).toBe(0);
      for (const d of declined) expect(out.stdout).not.toContain(d.name);
    }
    const refused = await run([
      ...db,
      'recommend',
      '--member',
      String(declined[0]!.id),
      '--as-of',
      '2024-11-15',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
  }, 180_000);
});
