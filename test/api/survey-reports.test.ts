import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_CASES } from '../support/stores.js';
import { type Browser, type Harness, jsonInit, openHarness, type Who } from './api-harness.js';

describe.each(STORE_CASES)('survey and reports on $name', (storeCase) => {
  let h: Harness;
  const as: Partial<Record<Who, Browser>> = {};
  beforeAll(async () => {
    h = await openHarness(storeCase);
    for (const who of ['admin', 'steward', 'facilitator', 'viewer', 'outsider'] as const)
      as[who] = await h.login(who);
  });
  afterAll(async () => {
    await h.close();
  });

  const put = (token: string, body: unknown, headers: Record<string, string> = {}) =>
    h.request(`/api/s/${token}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('answers a personal link: progress saved, then submitted once, consent recorded', async () => {
    const memberId = (
      await h.store.db
        .selectFrom('members')
        .innerJoin('communities', 'communities.id', 'members.community_id')
        .select('members.id')
        .where('communities.slug', '=', 'demo')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).id;
    const made = await h.request(
      '/api/communities/demo/survey/links',
      jsonInit('POST', { kind: 'personal', memberIds: [memberId] }, as.steward),
    );
    expect(made.status).toBe(201);
    const [link] = (await made.json()) as Array<{ token: string; url: string }>;
    const token = link?.token as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(link?.url).toBe(`http://localhost/s/${token}`);

    const open = await h.request(`/api/s/${token}`);
    expect(open.status).toBe(200);
    expect(await open.json()).toMatchObject({
      instrument: { id: expect.any(String), items: expect.any(Array) },
      answers: {},
      submitted: false,
    });
    expect((await put(token, { answers: { D1: 4, STORY: 'Très utile' } })).status).toBe(200);
    expect(await (await h.request(`/api/s/${token}`)).json()).toMatchObject({
      answers: { D1: 4, STORY: 'Très utile' },
    });
    const responses = async () =>
      (
        await h.store.db
          .selectFrom('survey_responses')
          .select('id')
          .where('source', '=', 'web')
          .execute()
      ).length;
    expect(await responses()).toBe(0);
    const sent = await put(token, {
      answers: { D2: 5, CONSENT_QUOTE: 'yes', CONSENT_ID: 'no' },
      submit: true,
    });
    expect(await sent.json()).toEqual({ saved: true, submitted: true });
    expect(await responses()).toBe(1);
    const row = await h.store.db
      .selectFrom('survey_responses')
      .selectAll()
      .where('source', '=', 'web')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.answers)).toEqual({
      D1: 4,
      STORY: 'Très utile',
      D2: 5,
      CONSENT_QUOTE: 'yes',
      CONSENT_ID: 'no',
    });
    expect([row.consent_quotes, row.consent_identified, row.member_id]).toEqual([1, 0, memberId]);
    expect(row.external_id).not.toBe(token);
    const consents = await h.store.db
      .selectFrom('consents')
      .selectAll()
      .where('member_id', '=', memberId)
      .orderBy('use')
      .execute();
    expect(consents.map((c) => [c.use, c.granted, c.source])).toEqual([
      ['identified_survey', 0, 'self'],
      ['quotes', 1, 'self'],
    ]);
    // The link no longer holds the answers, and cannot be sent twice.
    expect(await (await h.request(`/api/s/${token}`)).json()).toMatchObject({
      answers: {},
      submitted: true,
    });
    const twice = await put(token, { answers: {}, submit: true });
    expect(twice.status).toBe(409);
  });

  it('hands each respondent of a public link a private token', async () => {
    const made = await h.request(
      '/api/communities/demo/survey/links',
      jsonInit('POST', { kind: 'public' }, as.steward),
    );
    const [link] = (await made.json()) as Array<{ token: string }>;
    const first = (await (await put(link?.token as string, { answers: { D1: 2 } })).json()) as {
      token: string;
    };
    const second = (await (await put(link?.token as string, { answers: { D1: 3 } })).json()) as {
      token: string;
    };
    expect(first.token).not.toBe(second.token);
    expect(await (await h.request(`/api/s/${link?.token}`)).json()).toMatchObject({ answers: {} });
    expect(await (await h.request(`/api/s/${first.token}`)).json()).toMatchObject({
      answers: { D1: 2 },
    });
    expect((await put(first.token, { answers: {}, submit: true })).status).toBe(200);
    const overview = (await (
      await h.request('/api/communities/demo/survey', { as: as.steward })
    ).json()) as { links: Array<{ token: string; completed: unknown }> };
    expect(overview.links.find((l) => l.token === link?.token)?.completed).toBe(1);
  });

  it('refuses bad answers, unknown tokens and writes from another site', async () => {
    const made = await h.request(
      '/api/communities/demo/survey/links',
      jsonInit('POST', { kind: 'public' }, as.steward),
    );
    const [link] = (await made.json()) as Array<{ token: string }>;
    const token = link?.token as string;
    for (const answers of [
      { D1: 9 },
      { NOPE: 1 },
      { OBS: ['not-an-option'] },
      { STORY: 'x'.repeat(6000) },
    ]) {
      const res = await put(token, { answers });
      expect(res.status, JSON.stringify(answers).slice(0, 30)).toBe(400);
    }
    expect((await h.request('/api/s/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await h.request('/api/s/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    const cross = await put(token, { answers: { D1: 1 } }, { origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    const crossSite = await put(token, { answers: { D1: 1 } }, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const same = await put(token, { answers: { D1: 1 } }, { origin: 'http://localhost' });
    expect(same.status).toBe(200);
  });

  it('shows survey results only through the suppressed analysis, never raw answers', async () => {
    const res = await h.request('/api/communities/demo/survey', { as: as.facilitator });
    expect(res.status).toBe(200);
    const overview = (await res.json()) as {
      results: {
        respondents: number;
        minGroupSize: number;
        segments: Array<{ n: number | null; suppressed: boolean }>;
      };
      respondents: number;
      links: Array<{ member?: { name?: string } }>;
    };
    expect(overview.respondents).toBeGreaterThanOrEqual(45);
    for (const s of overview.results.segments) {
      if (!s.suppressed) expect(s.n).toBeGreaterThanOrEqual(overview.results.minGroupSize);
      else expect(s.n).toBeNull();
    }
    const text = JSON.stringify(overview);
    expect(text).not.toContain('Très utile');
    // Facilitators see that links exist and how far they went, not whose they are nor their token.
    expect(overview.links.length).toBeGreaterThan(0);
    expect(overview.links.every((l) => l.member === undefined)).toBe(true);
    expect(text).not.toMatch(/"token"|\/s\//);
    expect((await h.request('/api/communities/demo/survey', { as: as.viewer })).status).toBe(403);
  });

  it('generates an HTML and a PDF report, lists and downloads them, with an audit entry', async () => {
    for (const format of ['html', 'pdf'] as const) {
      const made = await h.request(
        '/api/communities/demo/reports',
        jsonInit('POST', { format, lang: 'en' }, as.facilitator),
      );
      expect(made.status).toBe(201);
      const { id, url } = (await made.json()) as { id: string; url: string };
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      const file = await h.request(url, { as: as.viewer });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="pouls-demo-/);
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (format === 'pdf') {
        expect(file.headers.get('content-type')).toBe('application/pdf');
        expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
      } else {
        expect(new TextDecoder().decode(bytes)).toContain('<html lang="en');
        const inline = await h.request(`${url}?inline=1`, { as: as.viewer });
        expect(inline.headers.get('content-disposition')).toMatch(/^inline/);
        expect(inline.headers.get('content-security-policy')).toContain("default-src 'none'");
        expect(inline.headers.get('content-security-policy')).not.toContain('script-src');
      }
      // The outsider cannot fetch it even with the id.
      const theirs = await h.request(url.replace('/demo/', '/autre/'), { as: as.outsider });
      expect(theirs.status).toBe(404);
    }
    const list = (await (
      await h.request('/api/communities/demo/reports', { as: as.viewer })
    ).json()) as Array<{ format: string }>;
    expect(list.map((r) => r.format).sort()).toEqual(['html', 'pdf']);
    const downloads = await h.store.db
      .selectFrom('audit_log')
      .select('actor')
      .where('action', '=', 'download')
      .execute();
    expect(downloads.length).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('refuses path traversal in report downloads', async () => {
    for (const id of [
      '..%2F..%2F..%2Fetc%2Fpasswd',
      '..%2f..%2fpackage.json',
      '%2e%2e%2f%2e%2e%2fpackage.json',
      '0123456789abcdef0123456789abcdef%00.pdf',
      '0123456789ABCDEF0123456789ABCDEF',
    ]) {
      const res = await h.request(`/api/communities/demo/reports/${id}`, { as: as.viewer });
      expect([404], id).toContain(res.status);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    }
    const dots = await h.request('/api/communities/demo/reports/../../../package.json', {
      as: as.viewer,
    });
    expect(dots.status).toBe(404);
    expect(await dots.text()).not.toContain('"name": "pouls"');
  });
});
