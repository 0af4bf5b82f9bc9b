import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { translator } from '../i18n/index.js';
import { PoulsError } from '../model/pouls-error.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './env.js';
import { requestLang } from './request-lang.js';

/** The JSON error body, with the message in the request's language. */
export function errorResponse(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  code: string,
  params: Record<string, string | number> = {},
  headers: Record<string, string> = {},
): Response {
  const t = c.get('t') ?? translator(requestLang(c));
  const message = t(`server:error.${code}`, params);
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  return c.json({ error: { code, message } }, status);
}

const POULS_STATUS: Record<PoulsError['code'], [ContentfulStatusCode, string]> = {
  usage: [400, 'bad_input'],
  bad_input: [400, 'bad_input'],
  not_found: [404, 'not_found'],
  ambiguous_community: [400, 'bad_input'],
  internal: [500, 'internal'],
};

/**
 * The one place where failures become HTTP responses: known errors keep their status and
 * code; anything else is logged and answered with a plain 500, never a stack trace.
 */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof ApiError) {
    return errorResponse(c, error.status, error.code, { ...error.params }, { ...error.headers });
  }
  if (error instanceof PoulsError && error.code !== 'internal') {
    const [status, code] = POULS_STATUS[error.code];
    if (error.params.key === 'unknownFinding') {
      return errorResponse(c, 400, 'unknown_finding', { ...error.params });
    }
    return errorResponse(c, status, code, { detail: error.code });
  }
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status as ContentfulStatusCode;
    if (status === 413) return errorResponse(c, 413, 'too_large', { limit: 0 });
    return errorResponse(c, status, status === 404 ? 'not_found' : 'bad_input', {
      detail: error.message || String(status),
    });
  }
  const deps = c.get('deps');
  deps?.log(`${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
  return errorResponse(c, 500, 'internal');
}
