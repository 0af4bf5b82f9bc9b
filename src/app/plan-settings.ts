import type { Community } from '../model/community.js';
import { fail, ok, type Result } from '../model/issue.js';
import { loadSettings, type Store, saveSettings } from '../store/index.js';
import { type Settings, SettingsSchema } from './community-settings.js';

/**
 * Replaces the parts of a community's plan settings given (custom actions, priorities,
 * positioning) and keeps the rest of its settings; the whole is checked as `pouls settings set`
 * checks a file, and nothing changes when it does not pass.
 */
export async function savePlanSettings(
  store: Store,
  community: Community,
  changes: Record<string, unknown>,
): Promise<Result<NonNullable<Settings['plan']>>> {
  const current = (await loadSettings(store.db, community.id)) as Settings;
  const merged = { ...current, plan: { ...(current.plan ?? {}), ...changes } };
  const parsed = SettingsSchema.safeParse(merged);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) => ({
        code: 'invalid_value' as const,
        file: 'plan-settings',
        column: issue.path.join('.'),
        params: { value: issue.message, expected: 'settings' },
      })),
    );
  }
  await saveSettings(store.db, community.id, parsed.data);
  return ok(parsed.data.plan ?? {});
}

/** A community's plan settings, `{}` when none were saved. */
export async function planSettingsOf(
  store: Store,
  community: Community,
): Promise<NonNullable<Settings['plan']>> {
  return ((await loadSettings(store.db, community.id)) as Settings).plan ?? {};
}
