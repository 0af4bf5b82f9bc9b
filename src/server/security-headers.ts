import type { MiddlewareHandler } from 'hono';

/** The Content-Security-Policy of the HTML shell: only this site's scripts, no framing. */
export const SHELL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The CSP of API answers: nothing in them may run or load anything. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/**
 * Headers on every response: no MIME sniffing (JSON stays JSON), no framing by other sites, no
 * referrer leaking survey tokens, and a CSP (the shell's for HTML, the strictest for the rest)
 * unless a route set its own.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (!h.has('X-Frame-Options')) h.set('X-Frame-Options', 'DENY');
    if (!h.has('Content-Security-Policy')) {
      const html = (h.get('Content-Type') ?? '').startsWith('text/html');
      h.set('Content-Security-Policy', html ? SHELL_CSP : API_CSP);
    }
    if (c.req.path.startsWith('/api/')) h.set('Cache-Control', 'no-store');
    if (new URL(c.req.url).protocol === 'https:' || isForwardedHttps(c.req.raw.headers, c)) {
      h.set('Strict-Transport-Security', 'max-age=31536000');
    }
  };
}

function isForwardedHttps(headers: Headers, c: Parameters<MiddlewareHandler>[0]): boolean {
  const deps = c.get('deps') as { config: { trustProxy: boolean } } | undefined;
  return Boolean(deps?.config.trustProxy) && headers.get('x-forwarded-proto') === 'https';
}
