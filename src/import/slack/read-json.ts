import type { Issue, Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';

/** The deepest nesting of arrays and objects a JSON export may have before it is refused. */
export const MAX_JSON_DEPTH = 1000;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Whether a JSON text nests arrays and objects deeper than `max`, in one linear scan. */
export function isJsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return false;
}

const utf8 = new TextDecoder('utf-8');

/** Decodes UTF-8 bytes as text, without a leading byte order mark. */
export function utf8Text(bytes: Uint8Array): string {
  return utf8.decode(bytes).replace(/^\uFEFF/, '');
}

function unreadable(file: string, reason: string): Issue {
  return { code: 'unreadable_file', file, params: { reason } };
}

/**
 * Parses a JSON export: an `unreadable_file` issue (reason `json_too_deep` or `json`) when it is
 * nested deeper than {@link MAX_JSON_DEPTH} levels or is not JSON. Never throws.
 *
 * @example
 * readJson(bytes, 'users.json') // { ok: true, value: [{ id: 'U01', ... }] }
 */
export function readJson(bytes: Uint8Array, file: string): Result<unknown> {
  const text = utf8Text(bytes);
  if (isJsonTooDeep(text)) return fail([unreadable(file, 'json_too_deep')]);
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    if (error instanceof SyntaxError) return fail([unreadable(file, 'json')]);
    throw error;
  }
}
