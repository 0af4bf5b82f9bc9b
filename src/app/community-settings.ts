import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { fail, ok, type Result } from '../model/issue.js';
import { CustomActionsSchema, PositioningSchema, PrioritySchema } from '../model/plan.js';
import { loadSettings, type Store, saveSettings } from '../store/index.js';
import { resolveCommunity } from './resolve-community.js';

const Bound = z.object({ op: z.enum(['<', '<=', '>', '>=']), value: z.number() });

/**
 * A community's settings (`pouls settings set FILE`): threshold overrides by signal id
 * (method.md §4.1 defaults otherwise), the facts only the steward knows (O1–O3, T1, R2), and the
 * plan's custom actions, priorities and positioning.
 */
export const SettingsSchema = z
  .object({
    thresholds: z.record(z.string(), z.object({ green: Bound, red: Bound }).partial()).optional(),
    facts: z
      .object({ O1: z.number(), O2: z.number(), O3: z.number(), T1: z.number(), R2: z.number() })
      .partial()
      .optional(),
    plan: z
      .object({
        actions: CustomActionsSchema.optional(),
        priorities: z.array(PrioritySchema).optional(),
        positioning: PositioningSchema.optional(),
      })
      .optional(),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

/** Reads a community's settings. */
export async function showSettings(
  store: Store,
  community?: string,
): Promise<Record<string, unknown>> {
  return loadSettings(store.db, (await resolveCommunity(store, community)).id);
}

/** Replaces a community's settings with a checked JSON file; nothing changes on a bad file. */
export async function setSettings(
  store: Store,
  options: { path: string; community?: string },
): Promise<Result<Settings>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(options.path, 'utf8'));
  } catch (cause) {
    const reason =
      cause instanceof SyntaxError ? 'json' : ((cause as NodeJS.ErrnoException).code ?? 'EIO');
    return fail([{ code: 'unreadable_file', file: options.path, params: { reason } }]);
  }
  const parsed = SettingsSchema.safeParse(json);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) => ({
        code: 'invalid_value' as const,
        file: options.path,
        column: issue.path.join('.'),
        params: { value: issue.message, expected: 'settings' },
      })),
    );
  }
  const community = await resolveCommunity(store, options.community);
  await saveSettings(store.db, community.id, parsed.data);
  return ok(parsed.data);
}
