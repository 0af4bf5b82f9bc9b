import type { Context } from 'hono';
import { PoulsError } from '../../model/pouls-error.js';
import type { AppEnv } from '../env.js';

/**
 * Runs a follow/connect use case and answers its expected errors (a `PoulsError` naming an i18n
 * key of its namespace) with 400 `bad_input` or 404 `not_found` whose message says what was
 * wrong, in plain words and in the request's language; anything else goes to the error handler.
 */
export async function runUseCase(
  c: Context<AppEnv>,
  run: () => Promise<Response>,
): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof PoulsError) || error.code === 'internal') throw error;
    const { ns, key, ...params } = error.params;
    if (typeof ns !== 'string' || typeof key !== 'string') throw error;
    const message = String(c.get('t')(`${ns}:error.${key}`, params));
    if (error.code === 'not_found') return c.json({ error: { code: 'not_found', message } }, 404);
    return c.json({ error: { code: 'bad_input', message } }, 400);
  }
}
