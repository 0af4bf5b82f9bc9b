import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/app/clock.js';
import { serverConfig } from '../../src/server/config.js';
import { createApp } from '../../src/server/create-app.js';
import { createDb } from '../../src/store/index.js';

describe('an unexpected failure', () => {
  it('answers 500 with a localised message, logs the stack, and never sends it', async () => {
    const store = await createDb({
      kind: 'sqlite',
      path: join(mkdtempSync(join(tmpdir(), 'pouls-500-')), 'p.db'),
    });
    await store.close();
    const logged: string[] = [];
    const app = createApp({
      store,
      clock: fixedClock('2024-11-15T12:00:00Z'),
      config: serverConfig(),
      log: (line) => logged.push(line),
    });
    const res = await app.request('/api/communities?lang=en', {
      headers: { cookie: 'pouls_session=a-session-id-that-looks-real-enough' },
    });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'Internal server error. The incident was logged.' },
    });
    expect(text).not.toMatch(/destroyed|\.js:\d+|\.ts:\d+/);
    expect(logged.join('\n')).toMatch(/GET \/api\/communities: .*destroyed/);
  });
});
