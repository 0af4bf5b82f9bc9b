import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/** Whether the request came over HTTPS (the proxy's word only when it is trusted). */
export function isHttps(c: Context<AppEnv>): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return c.get('deps').config.trustProxy && c.req.header('x-forwarded-proto') === 'https';
}

/** The client's IP: the socket's, or the proxy's first `X-Forwarded-For` when trusted. */
export function clientIp(c: Context<AppEnv>): string {
  if (c.get('deps').config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests) have no socket.
    return 'local';
  }
}

/** The site's origin, as configured or as the request shows it. */
export function siteOrigin(c: Context<AppEnv>): string {
  const configured = c.get('deps').config.publicOrigin;
  if (configured) return configured.replace(/\/+$/, '');
  const url = new URL(c.req.url);
  return `${isHttps(c) ? 'https' : url.protocol.slice(0, -1)}://${c.req.header('host') ?? url.host}`;
}
