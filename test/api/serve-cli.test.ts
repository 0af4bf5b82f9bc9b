import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/app/clock.js';
import { seedDemo } from '../../src/app/seed-demo.js';
import { main } from '../../src/cli/main.js';
import { serverConfig, startServer } from '../../src/server/index.js';
import { createDb } from '../../src/store/index.js';

async function run(args: string[], stdin?: string) {
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
    now: () => new Date('2024-11-15T10:00:00Z'),
    ...(stdin !== undefined ? { readStdin: async () => stdin } : {}),
  });
  return { code, stdout, stderr };
}

describe('pouls user and the server over a real socket', () => {
  it('adds users from the command line, then they sign in over HTTP', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'pouls-serve-')), 'pouls.db');
    const store = await createDb({ kind: 'sqlite', path: db });
    const { asOf } = await seedDemo(store);
    await store.close();

    const noPassword = await run(['--db', db, 'user', 'add', 'a@b.org', '--role', 'admin']);
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain('--password-stdin');
    const short = await run(
      ['--db', db, 'user', 'add', 'a@b.org', '--role', 'admin', '--password-stdin'],
      'court\n',
    );
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('10');
    const unknown = await run(
      [
        '--db',
        db,
        'user',
        'add',
        'a@b.org',
        '--role',
        'steward',
        '--community',
        'nowhere',
        '--password-stdin',
      ],
      'assez long mot de passe\n',
    );
    expect(unknown.code).toBe(1);
    const stewardWithoutCommunity = await run(
      ['--db', db, 'user', 'add', 'a@b.org', '--role', 'steward', '--password-stdin'],
      'assez long mot de passe\n',
    );
    expect(stewardWithoutCommunity.code).toBe(2);
    const added = await run(
      [
        '--db',
        db,
        'user',
        'add',
        'Anim@Demo.org',
        '--role',
        'steward',
        '--community',
        'demo',
        '--password-stdin',
      ],
      'assez long mot de passe\n',
    );
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toContain('anim@demo.org');
    const root = await run(
      ['--db', db, 'user', 'add', 'root@demo.org', '--role', 'admin', '--password-stdin'],
      'un autre mot de passe',
    );
    expect(root.code).toBe(0);
    const list = await run(['--db', db, 'user', 'list']);
    expect(list.stdout).toBe(
      'anim@demo.org\tdemo: steward\nroot@demo.org\tadministration de l’installation\n',
    );

    const served = await createDb({ kind: 'sqlite', path: db });
    const server = await startServer({
      store: served,
      clock: fixedClock(`${asOf}T12:00:00Z`),
      config: serverConfig({ version: 'test' }),
      port: 0,
      hostname: '127.0.0.1',
    });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'anim@demo.org', password: 'assez long mot de passe' }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const plan = await fetch(`${server.url}/api/communities/demo/plan?budget=200`, {
        headers: { cookie },
      });
      expect(plan.status).toBe(200);
      expect(((await plan.json()) as { scenarios: unknown[] }).scenarios.length).toBeGreaterThan(0);
    } finally {
      await server.close();
      await served.close();
    }
  });
});
