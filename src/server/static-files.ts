import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Hono } from 'hono';
import { translator } from '../i18n/index.js';
import type { AppEnv } from './env.js';
import { requestLang } from './request-lang.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
};

/**
 * The file below `root` a URL path names, or `undefined`: the decoded path is normalised and
 * must stay inside `root` (no `..`, no encoded separators, no NUL), and must be a file.
 */
export async function fileBelow(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const base = resolve(root);
  const path = resolve(base, `.${normalize(`/${decoded}`)}`);
  if (path !== base && !path.startsWith(base + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? path : undefined;
}

function notBuiltPage(lang: 'fr' | 'en'): string {
  const t = translator(lang);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Pouls</title></head><body><main><h1>${t('server:serve.noClient')}</h1><p>${t('server:serve.noClientHelp')}</p></main></body></html>`;
}

/**
 * Serves the built client: its files as they are (hashed assets cached for a year), and
 * `index.html` for any other path that is not under `/api` (client-side routing). Without a
 * built client, a small page says so.
 */
export function serveClient(app: Hono<AppEnv>, clientDir: string | undefined): void {
  app.get('*', async (c) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return c.notFound();
    const root = clientDir;
    const index = root ? await fileBelow(root, 'index.html') : undefined;
    if (!root || !index) return c.html(notBuiltPage(requestLang(c)), 200);
    const file = c.req.path === '/' ? undefined : await fileBelow(root, c.req.path);
    if (file && !file.endsWith(`${sep}index.html`)) {
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const immutable = file.startsWith(join(resolve(root), 'assets') + sep);
      c.header('Content-Type', type);
      c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return c.body(await readFile(file));
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(await readFile(index, 'utf8'));
  });
}
