import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_CASES } from '../support/stores.js';
import {
  type Harness,
  jsonInit,
  openHarness,
  PASSWORD,
  sessionCookie,
  USERS,
} from './api-harness.js';

describe.each(STORE_CASES)('web auth on $name', (storeCase) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(storeCase);
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers health without a session', async () => {
    const res = await h.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: 'test' });
  });

  it('refuses every community route without a session (401, JSON)', async () => {
    for (const path of ['/api/auth/me', '/api/communities', '/api/communities/demo/analysis']) {
      const res = await h.request(path);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('signs in with an HttpOnly SameSite=Lax cookie and tells who is there', async () => {
    const res = await h.request(
      '/api/auth/login',
      jsonInit('POST', { email: 'Steward@Demo.test ', password: PASSWORD }),
    );
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/i);
    const cookie = sessionCookie(res);
    const me = await h.request('/api/auth/me', { headers: { cookie: `pouls_session=${cookie}` } });
    expect(await me.json()).toMatchObject({
      user: {
        email: USERS.steward.email,
        admin: false,
        communities: [{ slug: 'demo', role: 'steward' }],
      },
      csrfToken: expect.any(String),
    });
  });

  it('marks the cookie Secure over HTTPS, and behind a trusted proxy only', async () => {
    const body = { email: USERS.viewer.email, password: PASSWORD };
    const https = await h.request('https://pouls.test/api/auth/login', jsonInit('POST', body));
    expect(https.headers.get('set-cookie')).toMatch(/Secure/);
    const proxied = await h.request('/api/auth/login', {
      ...jsonInit('POST', body),
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
    });
    expect(proxied.headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('refuses a wrong password and an unknown email alike (401)', async () => {
    for (const body of [
      { email: USERS.admin.email, password: 'wrong password!' },
      { email: 'nobody@pouls.test', password: PASSWORD },
    ]) {
      const res = await h.request('/api/auth/login', jsonInit('POST', body));
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
    }
  });

  it('gives a new session id at each login, and the old one dies (no fixation)', async () => {
    const first = await h.login('facilitator');
    const res = await h.request('/api/auth/login', {
      ...jsonInit('POST', { email: USERS.facilitator.email, password: PASSWORD }),
      headers: { 'content-type': 'application/json', cookie: `pouls_session=${first.cookie}` },
    });
    const second = sessionCookie(res);
    expect(second).not.toBe(first.cookie);
    expect((await h.request('/api/auth/me', { as: first })).status).toBe(401);
    const planted = await h.request('/api/auth/me', {
      headers: { cookie: 'pouls_session=attacker-chosen-session-id-0000000' },
    });
    expect(planted.status).toBe(401);
  });

  it('logs out: 204, and the old cookie is dead afterwards', async () => {
    const b = await h.login('viewer');
    expect((await h.request('/api/auth/me', { as: b })).status).toBe(200);
    const out = await h.request('/api/auth/logout', { method: 'POST', as: b });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/pouls_session=;/);
    expect((await h.request('/api/auth/me', { as: b })).status).toBe(401);
  });

  it('ends sessions when they expire (injected clock)', async () => {
    const b = await h.login('viewer');
    h.clock.advance(13 * 3_600_000);
    try {
      expect((await h.request('/api/auth/me', { as: b })).status).toBe(401);
    } finally {
      h.clock.advance(-13 * 3_600_000);
    }
  });

  it('refuses a write without the CSRF token, or with a wrong one (403)', async () => {
    const b = await h.login('viewer');
    for (const token of [undefined, 'wrong', `${b.csrf}x`]) {
      const res = await h.request('/api/auth/logout', {
        method: 'POST',
        headers: {
          cookie: `pouls_session=${b.cookie}`,
          ...(token === undefined ? { 'x-csrf-token': '' } : { 'x-csrf-token': token }),
        },
      });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'csrf' } });
    }
    expect((await h.request('/api/auth/me', { as: b })).status).toBe(200);
  });

  it('limits sign-in attempts per IP and email: 429 after 5 failures, again after a minute', async () => {
    const wrong = { email: USERS.root.email, password: 'not the password' };
    for (let i = 0; i < 5; i++) {
      expect((await h.request('/api/auth/login', jsonInit('POST', wrong))).status).toBe(401);
    }
    const blocked = await h.request('/api/auth/login', jsonInit('POST', wrong));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // Even the right password waits: guessing cannot go on.
    const right = { email: USERS.root.email, password: PASSWORD };
    expect((await h.request('/api/auth/login', jsonInit('POST', right))).status).toBe(429);
    h.clock.advance(61_000);
    expect((await h.request('/api/auth/login', jsonInit('POST', right))).status).toBe(200);
  });

  it('speaks French by default and English when asked', async () => {
    const fr = await h.request('/api/auth/me');
    expect(((await fr.json()) as { error: { message: string } }).error.message).toBe(
      'Connectez-vous pour continuer.',
    );
    const en = await h.request('/api/auth/me', {
      headers: { 'accept-language': 'en-CA,en;q=0.9' },
    });
    expect(((await en.json()) as { error: { message: string } }).error.message).toBe(
      'Sign in to continue.',
    );
    const asked = await h.request('/api/auth/me?lang=en');
    expect(((await asked.json()) as { error: { message: string } }).error.message).toBe(
      'Sign in to continue.',
    );
  });

  it('answers bad JSON with 400 and no stack trace', async () => {
    const res = await h.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'bad_json' } });
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
