import type { Context } from 'hono';
import { isLang, type Lang } from '../i18n/lang.js';

/** The language of a request: `?lang=fr|en`, else the first of `Accept-Language`, else French. */
export function requestLang(c: Context): Lang {
  const asked = c.req.query('lang');
  if (asked && isLang(asked)) return asked;
  const header = c.req.header('accept-language') ?? '';
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().slice(0, 2) ?? '';
    if (isLang(tag)) return tag;
  }
  return 'fr';
}
