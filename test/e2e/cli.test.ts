import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { AnalysisSchema } from '../../src/model/analysis.js';
import { cliStore } from '../support/stores.js';

/** Runs the CLI in-process against a fresh SQLite store and captures what it prints. */
async function run(argv: string[], environment: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const { args, env } = await cliStore(argv, environment);
  const code = await main(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env,
    today: '2024-11-15',
  });
  return { code, stdout, stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pouls-cli-'));
}

describe('pouls CLI', () => {
  it('runs the demo, then analyses it as JSON that follows the contract', async () => {
    const dir = tempDir();
    const db = join(dir, 'pouls.db');
    const demo = await run(['--db', db, 'demo', '--out', join(dir, 'out')]);
    expect(demo.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'out', 'analysis.json'), 'utf8'));
    expect(AnalysisSchema.parse(written).community.slug).toBe('demo');
    expect(readFileSync(join(dir, 'out', 'report.html'), 'utf8')).toContain('<html lang="fr');

    const analysis = await run(['--db', db, 'analyze', '--as-of', '2024-11-15', '--json']);
    expect(analysis.code).toBe(0);
    const parsed = AnalysisSchema.parse(JSON.parse(analysis.stdout));
    expect(parsed).toEqual(written);
    expect(parsed.members.total).toBeGreaterThan(100);
  });

  it('replaces an earlier demo instead of adding a second one', async () => {
    const dir = tempDir();
    const db = join(dir, 'pouls.db');
    await run(['--db', db, 'demo', '--out', join(dir, 'a')]);
    await run(['--db', db, 'demo', '--out', join(dir, 'b')]);
    const first = JSON.parse(readFileSync(join(dir, 'a', 'analysis.json'), 'utf8'));
    const second = JSON.parse(readFileSync(join(dir, 'b', 'analysis.json'), 'utf8'));
    // Store ids differ after a replacement; everything else is the same community.
    const withoutIds = (a: {
      members: unknown;
      timeline: unknown;
      participation: unknown;
      memberMetrics: { name: string; level: string }[];
    }) => ({
      members: a.members,
      timeline: a.timeline,
      participation: a.participation,
      levels: a.memberMetrics.map((m) => [m.name, m.level]),
    });
    expect(withoutIds(second)).toEqual(withoutIds(first));
    const listed = await run([
      '--db',
      db,
      'analyze',
      '--community',
      'demo',
      '--as-of',
      '2024-11-15',
      '--json',
    ]);
    expect(JSON.parse(listed.stdout).members.total).toBe(first.members.total);
  });

  it('imports a roster, and refuses a file with a missing column or an impossible date, writing nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'pouls.db');
    const good = join(dir, 'membres.csv');
    writeFileSync(
      good,
      'Courriel;Nom complet;Région administrative\nalice@ex.org;Alice Roy;Montréal\n',
    );
    const imported = await run(['--db', db, 'import', 'members', good]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('1 membres ajoutés');

    const missing = join(dir, 'events.csv');
    writeFileSync(missing, 'title\nRencontre\n');
    const noDate = await run(['--db', db, 'import', 'events', missing]);
    expect(noDate.code).toBe(1);
    expect(noDate.stderr).toContain('events.csv');
    expect(noDate.stderr).toMatch(/ligne 1/);

    const impossible = join(dir, 'membres2.csv');
    writeFileSync(
      impossible,
      'email,name,joined_at\nbob@ex.org,Bob,2024-01-10\ncarl@ex.org,Carl,2024-02-30\n',
    );
    const bad = await run(['--db', db, 'import', 'members', impossible]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('membres2.csv');
    expect(bad.stderr).toMatch(/ligne 3/);
    expect(bad.stderr).toContain('joined_at');
    expect(bad.stderr).toContain('2024-02-30');
    expect(bad.stderr).not.toMatch(/\n\s+at /);

    const after = await run(['--db', db, 'analyze', '--as-of', '2024-11-15', '--json']);
    expect(JSON.parse(after.stdout).members.total).toBe(1);

    const skipping = await run(['--db', db, 'import', 'members', impossible, '--skip-invalid']);
    expect(skipping.code).toBe(0);
    expect(skipping.stderr).toContain('1 ligne invalide ignorée');
    const skipped = await run(['--db', db, 'analyze', '--as-of', '2024-11-15', '--json']);
    expect(JSON.parse(skipped.stdout).members.total).toBe(2);
  });

  it('says what a dry run would add, writes nothing, and refuses an unknown --format', async () => {
    const dir = tempDir();
    const db = join(dir, 'pouls.db');
    const file = join(dir, 'membres.csv');
    writeFileSync(file, 'email,name\nalice@ex.org,Alice Roy\nbob@ex.org,Bob Roy\n');
    const dry = await run(['--db', db, 'import', 'members', file, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('2 membres seraient ajoutés');
    expect((await run(['--db', db, 'analyze'])).code).toBe(1);
    const unknown = await run(['--db', db, 'import', 'members', file, '--format', 'pdf']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('pdf');
  });

  it('suggests, merges and splits identities', async () => {
    const dir = tempDir();
    const db = join(dir, 'pouls.db');
    const file = join(dir, 'membres.csv');
    writeFileSync(
      file,
      'email,name\njf.tremblay@theatre.ca,Jean-François Tremblay\njft@gmail.com,J.-F. Tremblay\n',
    );
    await run(['--db', db, 'import', 'members', file]);
    const suggested = await run(['--db', db, 'identities', 'suggest', '--json']);
    const [first] = JSON.parse(suggested.stdout);
    expect(first).toMatchObject({ reason: 'initial', keepName: 'Jean-François Tremblay' });
    const merged = await run([
      '--db',
      db,
      'identities',
      'merge',
      String(first.keepId),
      String(first.otherId),
    ]);
    expect(merged.code).toBe(0);
    expect(JSON.parse((await run(['--db', db, 'analyze', '--json'])).stdout).members.total).toBe(1);
    expect((await run(['--db', db, 'identities', 'split', String(first.otherId)])).code).toBe(0);
    expect(JSON.parse((await run(['--db', db, 'analyze', '--json'])).stdout).members.total).toBe(2);
    // Two people after all: the pair is no longer suggested.
    const distinct = await run([
      '--db',
      db,
      'identities',
      'distinct',
      String(first.keepId),
      String(first.otherId),
    ]);
    expect(distinct.stdout).toContain('sont deux personnes');
    expect(JSON.parse((await run(['--db', db, 'identities', 'suggest', '--json'])).stdout)).toEqual(
      [],
    );
    const same = await run(['--db', db, 'identities', 'distinct', '1', '1']);
    expect(same.code).toBe(1);
  });

  it('diagnoses the demo, keeps the steward’s judgement, and prints the survey', async () => {
    const dir = tempDir();
    const db = join(dir, 'pouls.db');
    await run(['--db', db, 'demo', '--out', join(dir, 'out')]);
    const diagnosis = JSON.parse(
      (await run(['--db', db, 'diagnose', '--as-of', '2024-11-15', '--json'])).stdout,
    );
    expect(diagnosis.survey.respondents).toBe(45);
    const f4 = diagnosis.findings.find((f: { code: string }) => f.code === 'F4');
    expect(f4).toMatchObject({ kind: 'frein' });
    expect((await run(['--db', db, 'findings', 'dismiss', f4.id, 'Déjà en cours'])).code).toBe(0);
    const after = JSON.parse(
      (await run(['--db', db, 'diagnose', '--as-of', '2024-11-15', '--json'])).stdout,
    );
    expect(after.findings.find((f: { id: string }) => f.id === f4.id).judgement).toEqual({
      status: 'dismissed',
      note: 'Déjà en cours',
    });
    expect((await run(['--db', db, 'findings', 'confirm', 'nope'])).code).toBe(1);
    const text = await run(['--db', db, 'diagnose', '--as-of', '2024-11-15']);
    expect(text.stdout).toContain('Freins');
    const planned = JSON.parse(
      (await run(['--db', db, 'plan', '--as-of', '2024-11-15', '--budget', '30', '--json'])).stdout,
    );
    expect(planned.scenarios.map((s: { name: string }) => s.name)).toEqual([
      'maintain',
      'relaunch',
      'ambitious',
      'custom',
    ]);
    const [maintain, relaunch, ambitious] = planned.scenarios;
    expect(maintain.totalHours).toBeLessThan(relaunch.totalHours);
    expect(relaunch.totalHours).toBeLessThan(ambitious.totalHours);
    expect(relaunch.selected).toEqual(expect.arrayContaining(['A1', 'A2', 'A3', 'A5']));
    expect((await run(['--db', db, 'plan', '--as-of', '2024-11-15'])).stdout).toContain('Relance');
    const settingsFile = join(dir, 'reglages.json');
    writeFileSync(
      settingsFile,
      JSON.stringify({
        thresholds: { P3: { green: { op: '<', value: 0.7 }, red: { op: '>', value: 0.9 } } },
      }),
    );
    expect((await run(['--db', db, 'settings', 'set', settingsFile])).code).toBe(0);
    const relaxed = JSON.parse(
      (await run(['--db', db, 'diagnose', '--as-of', '2024-11-15', '--json'])).stdout,
    );
    expect(relaxed.indicators.find((i: { id: string }) => i.id === 'P3').status).toBe('green');
    writeFileSync(settingsFile, JSON.stringify({ thresholds: 3 }));
    const refused = await run(['--db', db, 'settings', 'set', settingsFile]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('reglages.json');
    const report = await run([
      '--db',
      db,
      'report',
      '--as-of',
      '2024-11-15',
      '--lang',
      'en',
      '--format',
      'html,pdf',
      '--out',
      join(dir, 'en'),
    ]);
    expect(report.code).toBe(0);
    const html = readFileSync(join(dir, 'en', 'report.html'), 'utf8');
    for (const title of [
      'Obstacles and levers',
      'Members’ needs',
      'Recommendations',
      'Relaunch scenarios and effort',
      'Indicators to follow',
    ]) {
      expect(html).toContain(title);
    }
    // The community's P3 override colours and words the report's key figure as in the diagnosis.
    expect(html).toContain('Healthy: under 70% · watch: 70% to 90% · act: over 90%');
    expect(
      readFileSync(join(dir, 'en', 'report.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const logo = join(dir, 'logo.svg');
    writeFileSync(
      logo,
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#1f4e79"/></svg>',
    );
    const withLogo = await run([
      '--db',
      db,
      'report',
      '--as-of',
      '2024-11-15',
      '--format',
      'pdf',
      '--logo',
      logo,
      '--authors',
      'Projet exemple',
      '--out',
      join(dir, 'logo'),
    ]);
    expect(withLogo.code).toBe(0);
    const badLogo = await run([
      '--db',
      db,
      'report',
      '--as-of',
      '2024-11-15',
      '--logo',
      join(dir, 'logo.gif'),
      '--out',
      join(dir, 'x'),
    ]);
    expect(badLogo.code).toBe(2);
    const template = await run(['survey', 'template', '--lang', 'en']);
    expect(template.stdout).toContain('Community vitality survey');
    expect(
      JSON.parse((await run(['survey', 'template', '--json'])).stdout).items.length,
    ).toBeGreaterThanOrEqual(25);
  });

  it('speaks English when asked', async () => {
    const dir = tempDir();
    const result = await run(['--db', join(dir, 'p.db'), 'analyze'], { POULS_LANG: 'en' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The store holds no community');
  });

  it('exits 2 on bad usage, with a message and no stack trace', async () => {
    const dir = tempDir();
    const unknown = await run(['--db', join(dir, 'p.db'), 'import', 'people', 'x.csv']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('people');
    const badDate = await run(['--db', join(dir, 'p.db'), 'analyze', '--as-of', '2024-13-01']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('2024-13-01');
    const nothing = await run(['frobnicate']);
    expect(nothing.code).toBe(2);
  });
});

describe('pouls import of real-world formats', () => {
  it('reads a git repository folder as contributions', async () => {
    const dir = tempDir();
    const repo = join(dir, 'repo');
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, ...args], {
        env: {
          ...process.env,
          GIT_AUTHOR_DATE: '2024-03-01T10:00:00Z',
          GIT_COMMITTER_DATE: '2024-03-01T10:00:00Z',
        },
      });
    execFileSync('git', ['init', '-q', repo]);
    writeFileSync(join(repo, 'guide.md'), '# Guide\n');
    git('add', '.');
    git(
      '-c',
      'user.name=Marie Roy',
      '-c',
      'user.email=marie@ex.org',
      'commit',
      '-qm',
      'Guide infolettre',
    );
    const result = await run(['--db', join(dir, 'p.db'), 'import', 'contributions', repo]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 contributions');
  });

  it('detects a Slack export zip and imports its members and messages', async () => {
    const dir = tempDir();
    const zip = 'test/fixtures/slack/export-2020-12-07-to-2021-03-14.zip';
    const result = await run(['--db', join(dir, 'p.db'), 'import', 'messages', zip]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('184 messages');
    const again = await run(['--db', join(dir, 'p.db'), 'import', 'messages', zip]);
    expect(again.stdout).toContain('0 messages');
  });

  it('detects a Microsoft Teams attendance report (UTF-16) from its content', async () => {
    const dir = tempDir();
    const fixture = readdirSync('test/fixtures/teams').find((f) => f.endsWith('.csv'));
    const result = await run([
      '--db',
      join(dir, 'p.db'),
      'import',
      'attendance',
      join('test/fixtures/teams', fixture ?? ''),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/[1-9]\d* présences/);
  });
});
