import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_CASES } from '../support/stores.js';
import {
  type Browser,
  type Harness,
  jsonInit,
  openHarness,
  PASSWORD,
  type Who,
} from './api-harness.js';

function upload(kind: string, name: string, content: string | Uint8Array, dryRun = true): FormData {
  const form = new FormData();
  form.set('kind', kind);
  form.set('dryRun', String(dryRun));
  form.set('file', new File([content], name));
  return form;
}

describe.each(STORE_CASES)('writes through the API on $name', (storeCase) => {
  let h: Harness;
  const as: Partial<Record<Who, Browser>> = {};
  beforeAll(async () => {
    h = await openHarness(storeCase, { maxUploadBytes: 64 * 1024 });
    for (const who of ['root', 'admin', 'steward', 'facilitator', 'viewer'] as const)
      as[who] = await h.login(who);
  });
  afterAll(async () => {
    await h.close();
  });

  const members = async () =>
    (await h.store.db.selectFrom('members').select('id').execute()).length;

  it('imports a roster: the dry run writes nothing, the real run writes and is audited', async () => {
    const roster = 'email,name,joined_at\nnouvelle@example.org,Nouvelle Personne,2024-03-01\n';
    const before = await members();
    const dry = await h.request('/api/communities/demo/imports', {
      method: 'POST',
      body: upload('members', 'roster.csv', roster),
      as: as.steward,
    });
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({
      ok: true,
      dryRun: true,
      summary: { members: { added: 1 } },
      issues: [],
    });
    expect(await members()).toBe(before);
    const real = await h.request('/api/communities/demo/imports', {
      method: 'POST',
      body: upload('members', 'roster.csv', roster, false),
      as: as.steward,
    });
    expect(await real.json()).toMatchObject({ ok: true, dryRun: false });
    expect(await members()).toBe(before + 1);
    const log = await h.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'import')
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actor: 'steward@demo.test', target: 'import:members' });
  });

  it('returns the importers’ located messages for a bad file, and writes nothing', async () => {
    const bad = readFileSync('test/fixtures/native/membres-date-impossible.csv');
    const before = await members();
    const res = await h.request('/api/communities/demo/imports', {
      method: 'POST',
      body: upload('members', 'membres.csv', bad, false),
      as: as.steward,
    });
    const body = (await res.json()) as { ok: boolean; issues: Array<Record<string, unknown>> };
    expect(body.ok).toBe(false);
    expect(body.issues[0]).toMatchObject({
      code: 'invalid_value',
      file: 'membres.csv',
      line: expect.any(Number),
      column: 'joined_at',
      message: expect.stringContaining('membres.csv'),
    });
    expect(await members()).toBe(before);
  });

  it('refuses an upload over the limit with 413, and a bad kind with 400', async () => {
    const big = new Uint8Array(65 * 1024).fill(65);
    const res = await h.request('/api/communities/demo/imports', {
      method: 'POST',
      body: upload('members', 'big.csv', big),
      as: as.steward,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'too_large' } });
    const kind = await h.request('/api/communities/demo/imports', {
      method: 'POST',
      body: upload('passwords', 'x.csv', 'a'),
      as: as.steward,
    });
    expect(kind.status).toBe(400);
  });

  it('writes an uploaded file under a safe name only (no traversal through the file name)', async () => {
    const res = await h.request('/api/communities/demo/imports', {
      method: 'POST',
      body: upload('members', '../../../../tmp/evil.csv', 'email,name\nx@example.org,X\n'),
      as: as.steward,
    });
    const body = (await res.json()) as { ok: boolean };
    expect(body.ok).toBe(true);
  });

  it('confirms, dismisses and notes findings; the diagnosis shows the judgement', async () => {
    const d = (await (
      await h.request('/api/communities/demo/diagnosis', { as: as.facilitator })
    ).json()) as { findings: Array<{ id: string }> };
    const id = d.findings[0]?.id as string;
    const res = await h.request(
      `/api/communities/demo/findings/${id}`,
      jsonInit('POST', { status: 'confirmed', note: 'Vu en réunion' }, as.facilitator),
    );
    expect(res.status).toBe(200);
    const after = (await (
      await h.request('/api/communities/demo/diagnosis', { as: as.viewer })
    ).json()) as { findings: Array<{ id: string; judgement?: { status: string } }> };
    expect(after.findings.find((f) => f.id === id)?.judgement?.status).toBe('confirmed');
    const unknown = await h.request(
      '/api/communities/demo/findings/NOPE',
      jsonInit('POST', { status: 'dismissed' }, as.facilitator),
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: { code: 'unknown_finding' } });
    const badStatus = await h.request(
      `/api/communities/demo/findings/${id}`,
      jsonInit('POST', { status: 'deleted' }, as.facilitator),
    );
    expect(badStatus.status).toBe(400);
  });

  it('saves plan settings that the plan then follows, and refuses invalid ones', async () => {
    const planOf = async () =>
      (await (await h.request('/api/communities/demo/plan', { as: as.viewer })).json()) as {
        settings: unknown;
      };
    const before = JSON.stringify(await planOf());
    const bad = await h.request(
      '/api/communities/demo/plan-settings',
      jsonInit('PUT', { priorities: 'everything' }, as.facilitator),
    );
    expect(bad.status).toBe(400);
    const current = (await (
      await h.request('/api/communities/demo/plan-settings', { as: as.viewer })
    ).json()) as Record<string, unknown>;
    expect(current).toEqual({});
    const positioning = { programme: 'Santé', effortShare: 0.2, fit: 'centrale' };
    const saved = await h.request(
      '/api/communities/demo/plan-settings',
      jsonInit('PUT', { positioning }, as.facilitator),
    );
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ positioning });
    const plan = await planOf();
    expect(JSON.stringify(plan)).not.toBe(before);
    expect(JSON.stringify(plan)).toContain('centrale');
  });

  it('merges two members and splits them again', async () => {
    const suggestions = (await (
      await h.request('/api/communities/demo/identities/suggestions', { as: as.steward })
    ).json()) as Array<{ keepId: number; otherId: number }>;
    const rows = await h.store.db
      .selectFrom('members')
      .innerJoin('communities', 'communities.id', 'members.community_id')
      .select('members.id')
      .where('communities.slug', '=', 'demo')
      .orderBy('members.id')
      .limit(2)
      .execute();
    const [keep, merge] = suggestions[0]
      ? [suggestions[0].keepId, suggestions[0].otherId]
      : [rows[0]?.id as number, rows[1]?.id as number];
    const merged = await h.request(
      '/api/communities/demo/identities/merge',
      jsonInit('POST', { keep, merge }, as.steward),
    );
    expect(merged.status).toBe(200);
    expect(await merged.json()).toMatchObject({ mergeId: expect.any(Number) });
    const split = await h.request(
      '/api/communities/demo/identities/split',
      jsonInit('POST', { id: keep }, as.steward),
    );
    expect(split.status).toBe(200);
    expect(await split.json()).toMatchObject({ keptId: keep, restoredId: merge });
    // A member of another community cannot be merged from here.
    const other = await h.store.db
      .selectFrom('members')
      .innerJoin('communities', 'communities.id', 'members.community_id')
      .select('members.id')
      .where('communities.slug', '=', 'autre')
      .limit(1)
      .executeTakeFirstOrThrow();
    const cross = await h.request(
      '/api/communities/demo/identities/merge',
      jsonInit('POST', { keep, merge: other.id }, as.steward),
    );
    expect(cross.status).toBe(409);
  });

  it('records that two members are two people: the pair leaves the suggestions for everyone', async () => {
    const suggestions = async () =>
      (await (
        await h.request('/api/communities/demo/identities/suggestions', { as: as.steward })
      ).json()) as Array<{ keepId: number; otherId: number }>;
    const before = await suggestions();
    // The demo has near-identical names to review.
    expect(before.length).toBeGreaterThan(0);
    const [first, second] = [before[0]?.otherId as number, before[0]?.keepId as number];
    const saved = await h.request(
      '/api/communities/demo/identities/distinct',
      jsonInit('POST', { first, second }, as.steward),
    );
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({
      firstId: Math.min(first, second),
      secondId: Math.max(first, second),
    });
    const after = await suggestions();
    expect(
      after.some((s) => [s.keepId, s.otherId].sort().join() === [first, second].sort().join()),
    ).toBe(false);
    expect(after).toHaveLength(Math.max(0, before.length - 1));
    // Saying it twice changes nothing; the same member twice, or another community's, is refused.
    expect(
      (
        await h.request(
          '/api/communities/demo/identities/distinct',
          jsonInit('POST', { first: second, second: first }, as.steward),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await h.request(
          '/api/communities/demo/identities/distinct',
          jsonInit('POST', { first, second: first }, as.steward),
        )
      ).status,
    ).toBe(409);
  });

  it('manages the users of a community (admins only), who can then sign in', async () => {
    const created = await h.request(
      '/api/communities/demo/users',
      jsonInit(
        'POST',
        { email: 'New@Demo.test', role: 'facilitator', password: PASSWORD },
        as.admin,
      ),
    );
    expect(created.status).toBe(201);
    expect(await created.json()).toContainEqual({ email: 'new@demo.test', role: 'facilitator' });
    const short = await h.request(
      '/api/communities/demo/users',
      jsonInit('POST', { email: 'other@demo.test', role: 'viewer', password: 'short' }, as.admin),
    );
    expect(short.status).toBe(400);
    const login = await h.request(
      '/api/auth/login',
      jsonInit('POST', { email: 'new@demo.test', password: PASSWORD }),
    );
    expect(login.status).toBe(200);
    const removed = await h.request('/api/communities/demo/users/new%40demo.test', {
      method: 'DELETE',
      as: as.admin,
    });
    expect(removed.status).toBe(200);
    expect(await removed.json()).not.toContainEqual(
      expect.objectContaining({ email: 'new@demo.test' }),
    );
    const again = await h.request('/api/communities/demo/users/new%40demo.test', {
      method: 'DELETE',
      as: as.admin,
    });
    expect(again.status).toBe(404);
  });

  it('shows the audit log to admins: logins, views, changes, newest first', async () => {
    const res = await h.request('/api/communities/demo/audit', { as: as.admin });
    const entries = (await res.json()) as Array<{ action: string; actor: string; at: string }>;
    const actions = new Set(entries.map((e) => e.action));
    expect(actions).toContain('import');
    expect(actions).toContain('change');
    expect(entries[0]?.at).toBe(h.clock.now().toISOString());
  });
});
