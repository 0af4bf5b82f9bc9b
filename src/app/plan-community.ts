import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { fail, ok, type Result } from '../model/issue.js';
import {
  CustomActionsSchema,
  type Plan,
  PlanSchema,
  PositioningSchema,
  PrioritySchema,
} from '../model/plan.js';
import { type PlanOptions, plan } from '../plan/index.js';
import { loadSettings, type Store } from '../store/index.js';
import { type DiagnosedCommunity, diagnoseCommunity } from './diagnose-community.js';
import { resolveCommunity } from './resolve-community.js';

/** Options of `pouls plan`; files hold custom actions, priorities and positioning as JSON. */
export interface PlanCommunityOptions {
  readonly community?: string;
  readonly asOf: string;
  readonly budget?: number;
  readonly horizon?: number;
  readonly contingency?: number;
  readonly hourlyRate?: number;
  /** A JSON file: `{actions?: [...], priorities?: [...], positioning?: {...}}`. */
  readonly planFile?: string;
}

const PlanFileSchema = z.object({
  actions: CustomActionsSchema.optional(),
  priorities: z.array(PrioritySchema).optional(),
  positioning: PositioningSchema.optional(),
});

/** A community's analysis, diagnosis and plan. */
export interface PlannedCommunity extends DiagnosedCommunity {
  readonly plan: Plan;
}

async function planFile(path: string | undefined): Promise<Result<z.infer<typeof PlanFileSchema>>> {
  if (!path) return ok({});
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    return fail([
      {
        code: 'unreadable_file',
        file: path,
        params: { reason: (cause as NodeJS.ErrnoException).code ?? 'EIO' },
      },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail([{ code: 'unreadable_file', file: path, params: { reason: 'json' } }]);
  }
  const parsed = PlanFileSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  return fail(
    parsed.error.issues.map((issue) => ({
      code: 'invalid_value' as const,
      file: path,
      column: issue.path.join('.'),
      params: { value: issue.message, expected: 'plan_file' },
    })),
  );
}

/**
 * Plans a community's relaunch (`pouls plan`): its diagnosis's findings, not dismissed, answered
 * by the catalogue's actions under three scenarios' budgets (and `--budget`), with the
 * community's saved or given priorities, positioning and custom actions.
 */
export async function planCommunity(
  store: Store,
  options: PlanCommunityOptions,
): Promise<Result<PlannedCommunity>> {
  const file = await planFile(options.planFile);
  if (!file.ok) return file;
  const community = await resolveCommunity(store, options.community);
  const settings = (await loadSettings(store.db, community.id)) as {
    plan?: z.infer<typeof PlanFileSchema>;
  };
  const saved = settings.plan ?? {};
  const { analysis, diagnosis, thresholds } = await diagnoseCommunity(store, {
    community: community.slug,
    asOf: options.asOf,
  });
  const findings = diagnosis.findings.filter((f) => f.judgement?.status !== 'dismissed');
  const actions = file.value.actions ?? saved.actions;
  const priorities = file.value.priorities ?? saved.priorities;
  const positioning = file.value.positioning ?? saved.positioning;
  const planOptions: PlanOptions = {
    ...(options.budget !== undefined ? { budget: options.budget } : {}),
    ...(options.horizon !== undefined ? { horizon: options.horizon } : {}),
    ...(options.contingency !== undefined ? { contingency: options.contingency } : {}),
    ...(options.hourlyRate !== undefined ? { hourlyRate: options.hourlyRate } : {}),
    ...(actions ? { customActions: actions } : {}),
    ...(priorities ? { priorities } : {}),
    ...(positioning ? { positioning } : {}),
  };
  const result = PlanSchema.parse(plan({ analysis, findings, options: planOptions }));
  return ok({ analysis, diagnosis, thresholds, plan: result });
}
