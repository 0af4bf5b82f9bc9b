import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_CASES } from '../support/stores.js';
import { type Browser, type Harness, jsonInit, openHarness } from './api-harness.js';

const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function clientFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'pouls-client-'));
  const dist = join(root, 'client');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log("app")');
  writeFileSync(join(root, 'secret.txt'), 'TOP SECRET');
  return dist;
}

describe.each(STORE_CASES)('security of the web app on $name', (storeCase) => {
  let h: Harness;
  let steward: Browser;
  beforeAll(async () => {
    h = await openHarness(storeCase, { clientDir: clientFolder() });
    steward = await h.login('steward');
    const form = new FormData();
    form.set('kind', 'members');
    form.set('dryRun', 'false');
    form.set(
      'file',
      new File(
        [
          `email,name,organization\nxss@example.org,"${XSS.replaceAll('"', '""')}",${'"<b>Org</b>"'}\n`,
        ],
        'x.csv',
      ),
    );
    const res = await h.request('/api/communities/demo/imports', {
      method: 'POST',
      body: form,
      as: steward,
    });
    expect(await res.json()).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await h.close();
  });

  it('returns user-supplied text only as JSON, never as HTML', async () => {
    for (const path of ['members', 'analysis', 'network', 'identities/suggestions']) {
      const res = await h.request(`/api/communities/demo/${path}`, { as: steward });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('application/json');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      const text = await res.text();
      if (path === 'members')
        expect(JSON.parse(text)).toContainEqual(expect.objectContaining({ name: XSS }));
    }
  });

  it('keeps a survey answer with markup as data, read back as JSON', async () => {
    const made = await h.request(
      '/api/communities/demo/survey/links',
      jsonInit('POST', { kind: 'public' }, steward),
    );
    const [link] = (await made.json()) as Array<{ token: string }>;
    const saved = await h.request(`/api/s/${link?.token}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: { STORY: XSS } }),
    });
    const { token } = (await saved.json()) as { token: string };
    const back = await h.request(`/api/s/${token}`);
    expect(back.headers.get('content-type')).toBe('application/json');
    expect(((await back.json()) as { answers: { STORY: string } }).answers.STORY).toBe(XSS);
  });

  it('escapes names in the HTML report', async () => {
    const made = await h.request(
      '/api/communities/demo/reports',
      jsonInit('POST', { format: 'html', lang: 'fr' }, steward),
    );
    const { url } = (await made.json()) as { url: string };
    const html = await (await h.request(url, { as: steward })).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x onerror');
  });

  it('sends security headers: a strict CSP on the HTML shell, no framing, no referrer', async () => {
    for (const path of ['/', '/c/demo/plan', '/s/sometoken']) {
      const res = await h.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<div id="root">');
    }
    const https = await h.request('https://pouls.test/api/health');
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('serves the client’s assets, falls back to index.html, and never leaves the folder', async () => {
    const asset = await h.request('/assets/app-1234.js');
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/..%5csecret.txt',
      '/secret.txt%00.js',
    ]) {
      const res = await h.request(path);
      const text = await res.text();
      expect(text, path).not.toContain('TOP SECRET');
      expect(text, path).not.toContain('root:');
    }
    const api = await h.request('/api/unknown');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toBe('application/json');
  });

  it('says the client is not built when dist/client is missing', async () => {
    const { createApp } = await import('../../src/server/create-app.js');
    const { serverConfig } = await import('../../src/server/config.js');
    const app = createApp({ store: h.store, clock: h.clock, config: serverConfig({}) });
    const res = await app.request('/c/demo');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('L’interface web n’est pas construite');
  });
});
