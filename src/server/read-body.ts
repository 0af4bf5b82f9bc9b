import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './api-error.js';
import type { AppEnv } from './env.js';

/** The largest JSON body accepted (uploads go through the imports route's own limit). */
const MAX_JSON_BYTES = 1024 * 1024;

/** Reads and checks a JSON body against a schema; 400 names the first wrong field. */
export async function readJson<T extends z.ZodType>(
  c: Context<AppEnv>,
  schema: T,
): Promise<z.infer<T>> {
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > MAX_JSON_BYTES) throw new ApiError(413, 'too_large', { limit: 1 });
  let json: unknown;
  try {
    const text = await c.req.text();
    if (text.length > MAX_JSON_BYTES) throw new ApiError(413, 'too_large', { limit: 1 });
    json = JSON.parse(text);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(400, 'bad_json');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'body';
    throw new ApiError(400, 'bad_input', { detail: `${where}: ${issue?.message ?? ''}` });
  }
  return parsed.data;
}
