import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MemberExportSchema } from '../../src/model/member-export.js';
import { cliStore } from '../support/stores.js';

let dir: string;
let db: string;

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const { args, env } = await cliStore(['--db', db, ...argv], {});
  const code = await main(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env,
    today: '2024-11-15',
    now: () => new Date('2024-11-15T09:30:00.000Z'),
    user: 'tester',
  });
  return { code, stdout, stderr };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pouls-privacy-'));
  db = join(dir, 'pouls.db');
  writeFileSync(
    join(dir, 'membres.csv'),
    'email,name,organization,joined_at\nana@example.org,Ana Roy,Festival Nord,2019-01-10\nbea@example.org,Béa Roy,Musée Sud,2024-02-01\n',
  );
  writeFileSync(
    join(dir, 'messages.csv'),
    'id,author,channel,timestamp,reply_to,text\nm1,ana@example.org,général,2020-03-01 10:00,,Bonjour de Ana\nm2,bea@example.org,général,2024-10-01 10:00,m1,Salut Ana Roy\n',
  );
  expect((await run(['import', 'members', join(dir, 'membres.csv')])).code).toBe(0);
  expect((await run(['import', 'messages', join(dir, 'messages.csv')])).code).toBe(0);
});

describe('pouls member, audit, retention, backup and restore', () => {
  it('shows a member and records consent per use', async () => {
    const shown = await run(['member', 'show', 'ana@example.org']);
    expect(shown.stdout).toContain('Ana Roy');
    expect(shown.stdout).toContain('annuaire : non demandé');
    expect((await run(['member', 'consent', 'Ana Roy', '--use', 'directory'])).code).toBe(2);
    const granted = await run(['member', 'consent', '1', '--use', 'directory', '--grant']);
    expect(granted.code).toBe(0);
    expect((await run(['member', 'show', '1'])).stdout).toMatch(/annuaire : accordé le 2024-11-15/);
    // `directory consent` records the same consent, audited the same way.
    expect((await run(['directory', 'consent', '2', 'recommendations', 'no'])).code).toBe(0);
    expect((await run(['member', 'show', '2'])).stdout).toMatch(/recommandations : refusé/);
    const audit = JSON.parse((await run(['audit', '--json'])).stdout) as { action: string }[];
    expect(audit.filter((e) => e.action === 'change')).toHaveLength(2);
    const missing = await run(['member', 'show', 'nobody@example.org']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Aucun membre « nobody@example.org »');
  });

  it('exports a member as JSON that follows its schema', async () => {
    const out = join(dir, 'ana.json');
    expect((await run(['member', 'export', 'Ana Roy', '--out', out])).code).toBe(0);
    const exported = MemberExportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(exported.messages.map((m) => m.text)).toEqual(['Bonjour de Ana']);
    expect(exported.exportedAt).toBe('2024-11-15T09:30:00.000Z');
  });

  it('erases only with --yes, and audits every step with the OS user', async () => {
    const asked = await run(['member', 'erase', 'ana@example.org']);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain('--yes');
    expect((await run(['member', 'show', '1'])).stdout).toContain('Ana Roy');
    const erased = await run(['member', 'erase', 'ana@example.org', '--yes']);
    expect(erased.code).toBe(0);
    expect((await run(['member', 'show', '1'])).stdout).toContain('#1');
    const audit = JSON.parse((await run(['audit', '--json'])).stdout) as {
      actor: string;
      action: string;
    }[];
    expect(audit.map((e) => e.action).reverse()).toEqual([
      'import',
      'import',
      'view',
      'erase',
      'view',
    ]);
    expect(new Set(audit.map((e) => e.actor))).toEqual(new Set(['cli:tester']));
    expect((await run(['audit'])).stdout).not.toContain('Ana');
  });

  it('keeps an erased person out of a later import of the same files, and says so', async () => {
    expect((await run(['member', 'erase', 'ana@example.org', '--yes'])).code).toBe(0);
    const members = await run(['import', 'members', join(dir, 'membres.csv')]);
    expect(members.stdout).toContain('0 membres ajoutés');
    expect(members.stdout).toContain(
      '1 enregistrement laissé de côté : il nomme une personne effacée à sa demande.',
    );
    const messages = await run(['import', 'messages', join(dir, 'messages.csv')]);
    expect(messages.stdout).toContain('0 messages');
    expect(messages.stdout).toContain('1 enregistrement laissé de côté');
    expect((await run(['member', 'show', '1'])).stdout).toContain('#1');
    expect((await run(['member', 'show', 'ana@example.org'])).code).toBe(1);
  });

  it('applies a retention period to members inactive for longer', async () => {
    expect((await run(['retention', 'show'])).stdout).toContain('Aucune durée de conservation');
    expect((await run(['retention', 'set', '24'])).code).toBe(0);
    const dry = await run(['retention', 'apply', '--as-of', '2024-11-15', '--dry-run']);
    expect(dry.stdout).toContain('1 membres vus avant le 2022-11-15');
    expect(dry.stdout).toContain('membre 1, vu pour la dernière fois le 2020-03-01');
    expect((await run(['member', 'show', '1'])).stdout).toContain('Ana Roy');
    await run(['retention', 'apply', '--as-of', '2024-11-15']);
    expect((await run(['member', 'show', '1'])).stdout).toContain('#1');
    expect((await run(['member', 'show', '2'])).stdout).toContain('Béa Roy');
    const again = JSON.parse((await run(['retention', 'show', '--json'])).stdout);
    expect(again).toMatchObject({ due: [], alreadyErased: 1 });
  });

  it('backs up while in use and restores all or nothing', async () => {
    const copy = join(dir, 'copie.db');
    expect((await run(['backup', copy])).code).toBe(0);
    await run(['member', 'erase', '2', '--yes']);
    expect((await run(['member', 'show', '2'])).stdout).toContain('#2');
    const notABackup = join(dir, 'pas-une-copie.db');
    writeFileSync(notABackup, 'bonjour');
    const refused = await run(['restore', notABackup]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('n’est pas une copie de sauvegarde de Pouls');
    expect((await run(['restore', copy])).code).toBe(0);
    expect((await run(['member', 'show', '2'])).stdout).toContain('Béa Roy');
    const actions = JSON.parse((await run(['audit', '--json'])).stdout).map(
      (e: { action: string }) => e.action,
    );
    expect(actions.slice(0, 3)).toEqual(['view', 'restore', 'backup']);
  });
});
