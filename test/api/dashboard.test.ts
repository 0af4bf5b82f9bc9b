import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_CASES } from '../support/stores.js';
import { type Browser, type Harness, openHarness, type Who } from './api-harness.js';

describe.each(STORE_CASES)('dashboard routes on $name', (storeCase) => {
  let h: Harness;
  const as: Partial<Record<Who, Browser>> = {};
  beforeAll(async () => {
    h = await openHarness(storeCase);
    for (const who of ['root', 'admin', 'steward', 'facilitator', 'viewer', 'outsider'] as const)
      as[who] = await h.login(who);
  });
  afterAll(async () => {
    await h.close();
  });

  it('lists only the communities a user has a role in; the installation admin sees all', async () => {
    const list = async (who: Who) =>
      (await (await h.request('/api/communities', { as: as[who] })).json()) as unknown[];
    expect(await list('viewer')).toEqual([
      { slug: 'demo', name: expect.any(String), role: 'viewer' },
    ]);
    expect(await list('outsider')).toEqual([
      { slug: 'autre', name: 'Autre communauté', role: 'steward' },
    ]);
    expect((await list('root')).map((c) => (c as { slug: string }).slug)).toEqual([
      'autre',
      'demo',
    ]);
  });

  it('gives every role the analysis (the CLI contract), viewers without member names', async () => {
    for (const who of ['root', 'admin', 'steward', 'facilitator', 'viewer'] as const) {
      const res = await h.request(`/api/communities/demo/analysis?asOf=${h.asOf}`, { as: as[who] });
      expect(res.status, who).toBe(200);
      const analysis = (await res.json()) as {
        schemaVersion: number;
        asOf: string;
        memberMetrics: Array<{ name: string }>;
      };
      expect(analysis).toMatchObject({ schemaVersion: 1, asOf: h.asOf });
      const named = analysis.memberMetrics.filter((m) => m.name !== '').length;
      if (who === 'viewer') expect(named).toBe(0);
      else expect(named).toBe(analysis.memberMetrics.length);
    }
  });

  it('defaults asOf to the injected clock and refuses a bad date', async () => {
    const res = await h.request('/api/communities/demo/analysis', { as: as.viewer });
    expect(((await res.json()) as { asOf: string }).asOf).toBe(h.asOf);
    for (const bad of ['2024-02-30', 'yesterday', '2024-1-1']) {
      const r = await h.request(`/api/communities/demo/analysis?asOf=${bad}`, { as: as.viewer });
      expect(r.status, bad).toBe(400);
      expect(await r.json()).toMatchObject({ error: { code: 'bad_input' } });
    }
  });

  it('hides a community the user has no role in: 404 like one that does not exist', async () => {
    for (const path of ['analysis', 'diagnosis', 'plan', 'members', 'events', 'network']) {
      const theirs = await h.request(`/api/communities/demo/${path}`, { as: as.outsider });
      const none = await h.request(`/api/communities/nowhere/${path}`, { as: as.outsider });
      expect(theirs.status, path).toBe(404);
      expect(await theirs.json()).toEqual(await none.json());
    }
    const mine = await h.request('/api/communities/autre/analysis', { as: as.outsider });
    expect(mine.status).toBe(200);
  });

  it('gives the diagnosis with its findings and indicators', async () => {
    const res = await h.request('/api/communities/demo/diagnosis', { as: as.viewer });
    expect(res.status).toBe(200);
    const d = (await res.json()) as { findings: unknown[]; indicators: unknown[] };
    expect(d.findings.length).toBeGreaterThan(0);
    expect(d.indicators.length).toBeGreaterThan(0);
  });

  it('re-plans under the budget of the slider: more hours, at least as much value', async () => {
    type P = { scenarios: Array<{ name: string; budgetHours: number; value: number }> };
    const plan = async (budget: number) => {
      const res = await h.request(`/api/communities/demo/plan?budget=${budget}&horizon=12`, {
        as: as.viewer,
      });
      expect(res.status).toBe(200);
      return (await res.json()) as P;
    };
    const small = await plan(40);
    const large = await plan(400);
    const custom = (p: P) =>
      p.scenarios.find((s) => s.budgetHours === Math.max(...p.scenarios.map((x) => x.budgetHours)));
    expect(small.scenarios.length).toBeGreaterThan(0);
    expect(JSON.stringify(small)).not.toBe(JSON.stringify(large));
    expect(custom(large)?.value ?? 0).toBeGreaterThanOrEqual(custom(small)?.value ?? 0);
    const bad = await h.request('/api/communities/demo/plan?budget=-3', { as: as.viewer });
    expect(bad.status).toBe(400);
  });

  it('lists members to stewards and up only, with an audit entry', async () => {
    for (const who of ['viewer', 'facilitator'] as const) {
      const res = await h.request('/api/communities/demo/members', { as: as[who] });
      expect(res.status, who).toBe(403);
    }
    const res = await h.request('/api/communities/demo/members', { as: as.steward });
    expect(res.status).toBe(200);
    const members = (await res.json()) as Array<{ id: number; name: string; level: string }>;
    expect(members.length).toBeGreaterThan(50);
    expect(members[0]).toMatchObject({ id: expect.any(Number), name: expect.any(String) });
    const audit = await h.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actor', '=', 'steward@demo.test')
      .where('action', '=', 'view')
      .execute();
    expect(audit.map((a) => a.target)).toContain('members');
  });

  it('gives events, exchanges and the network (names from facilitators up)', async () => {
    const events = (await (
      await h.request('/api/communities/demo/events', { as: as.viewer })
    ).json()) as Array<{ attendees: number }>;
    expect(events.length).toBeGreaterThan(10);
    expect(events.some((e) => e.attendees > 0)).toBe(true);
    const ex = (await (
      await h.request('/api/communities/demo/exchanges', { as: as.viewer })
    ).json()) as { channels: Array<{ messages: number; threads: number }>; messages: number };
    expect(ex.channels.reduce((s, c) => s + c.messages, 0)).toBe(ex.messages);
    type N = {
      nodes: Array<{ id: number; name?: string }>;
      edges: Array<{ source: number; target: number }>;
    };
    const viewerNet = (await (
      await h.request('/api/communities/demo/network', { as: as.viewer })
    ).json()) as N;
    const facNet = (await (
      await h.request('/api/communities/demo/network', { as: as.facilitator })
    ).json()) as N;
    expect(viewerNet.nodes.length).toBeGreaterThan(10);
    expect(viewerNet.nodes.every((n) => n.name === undefined)).toBe(true);
    expect(facNet.nodes.every((n) => typeof n.name === 'string' && n.name.length > 0)).toBe(true);
    const ids = new Set(viewerNet.nodes.map((n) => n.id));
    expect(viewerNet.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('answers unknown API paths with JSON 404', async () => {
    const res = await h.request('/api/nothing/here', { as: as.viewer });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
