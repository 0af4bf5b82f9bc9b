import type { Context } from 'hono';
import type { AppEnv } from './env.js';

const serialised = new WeakMap<object, Map<string, string>>();

/**
 * Answers with the JSON of a value derived from a cached object (a dashboard, a plan), serialised
 * once per object and view: the hot dashboard routes then only send a string.
 */
export function cachedJson(
  c: Context<AppEnv>,
  owner: object,
  view: string,
  value: () => unknown,
): Response {
  let views = serialised.get(owner);
  if (!views) {
    views = new Map();
    serialised.set(owner, views);
  }
  let text = views.get(view);
  if (text === undefined) {
    text = JSON.stringify(value());
    views.set(view, text);
  }
  return c.body(text, 200, { 'Content-Type': 'application/json' });
}
