import type { Context } from 'hono';
import { recordAudit } from '../store/index.js';
import type { AppEnv } from './env.js';

/** Appends to the audit log what the signed-in user did in the route's community. */
export async function audit(
  c: Context<AppEnv>,
  action: string,
  target: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  const { store, clock } = c.get('deps');
  await recordAudit(store.db, {
    at: clock.now().toISOString(),
    actor: c.get('principal')?.email ?? 'anonymous',
    action,
    communityId: c.get('community')?.id ?? null,
    target,
    detail,
  });
}
