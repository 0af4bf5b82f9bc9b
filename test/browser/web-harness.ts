import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { addUser } from '../../src/app/auth.js';
import { fixedClock } from '../../src/app/clock.js';
import { seedDemo } from '../../src/app/seed-demo.js';
import { serverConfig } from '../../src/server/config.js';
import { startServer } from '../../src/server/start-server.js';
import { createDb, type Store } from '../../src/store/index.js';

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const STEWARD = { email: 'intendante@demo.test', password: 'correct horse battery' };

/** A real server on a free port over a fresh SQLite store holding the demo, and one browser. */
export interface WebHarness {
  readonly url: string;
  readonly store: Store;
  readonly browser: Browser;
  readonly asOf: string;
  close(): Promise<void>;
}

/** Starts the server in-process (the built client of dist/client) and Debian's Chromium. */
export async function startWeb(): Promise<WebHarness> {
  const clientDir = resolve('dist/client');
  if (!existsSync(resolve(clientDir, 'index.html')))
    throw new Error('dist/client is missing: run `npm run build` before the browser tests');
  const dir = mkdtempSync(join(tmpdir(), 'pouls-web-'));
  const store = await createDb({ kind: 'sqlite', path: join(dir, 'pouls.db') });
  const { asOf } = await seedDemo(store);
  const clock = fixedClock(`${asOf}T12:00:00Z`);
  const added = await addUser(store, {
    email: STEWARD.email,
    role: 'steward',
    community: 'demo',
    password: STEWARD.password,
    now: clock.now(),
  });
  if (!added.ok) throw new Error(`steward: ${added.reason}`);
  const server = await startServer({
    store,
    clock,
    config: serverConfig({ version: 'test', clientDir }),
    port: 0,
    hostname: '127.0.0.1',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    url: server.url,
    store,
    browser,
    asOf,
    close: async () => {
      await browser.close();
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
