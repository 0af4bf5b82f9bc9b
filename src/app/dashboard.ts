import { diagnose } from '../diagnosis/index.js';
import type { Analysis } from '../model/analysis.js';
import type { Community } from '../model/community.js';
import type { Dataset } from '../model/dataset.js';
import { type Diagnosis, DiagnosisSchema } from '../model/diagnosis.js';
import { type Plan, PlanSchema } from '../model/plan.js';
import { type PlanOptions, plan } from '../plan/index.js';
import { dataVersion, loadJudgements, loadSettings, type Store } from '../store/index.js';
import { loadAndAnalyse } from './analyse-community.js';
import type { Settings } from './community-settings.js';

/** A community's data with its analysis and diagnosis, as the dashboard reads them. */
export interface Dashboard {
  readonly community: Community;
  readonly dataset: Dataset;
  readonly analysis: Analysis;
  readonly diagnosis: Diagnosis;
  readonly settings: Settings;
}

/** The plan's knobs a person moves in the web app (the budget slider). */
export interface PlanKnobs {
  readonly budget?: number | undefined;
  readonly horizon?: number | undefined;
  readonly contingency?: number | undefined;
  readonly hourlyRate?: number | undefined;
}

/**
 * Computes dashboards once per community, data version, date and window, and plans once per set
 * of knobs: a request asks the store only for the data version (one query) when nothing
 * changed. The version changes with every import, merge, judgement, survey response or settings
 * change, whichever process made it, so a cached result is never stale. Concurrent requests for
 * the same key share one computation. Least recently used entries go first.
 */
export class DashboardCache {
  readonly #dashboards = new Map<string, Promise<Dashboard>>();
  readonly #plans = new WeakMap<Dashboard, Map<string, Plan>>();
  readonly #max: number;
  readonly #versionOf: (store: Store, communityId: number) => Promise<string>;

  /**
   * @param versionOf how to read a community's data version (the store's fingerprint by
   *   default; the server remembers it for a second between writes).
   */
  constructor(
    max = 32,
    versionOf: (store: Store, communityId: number) => Promise<string> = (store, id) =>
      dataVersion(store.db, id),
  ) {
    this.#max = max;
    this.#versionOf = versionOf;
  }

  /** The dashboard of a community as of `asOf`, analysed over `windowDays`. */
  async dashboard(
    store: Store,
    community: Community,
    options: { asOf: string; windowDays?: number | undefined },
  ): Promise<Dashboard> {
    const version = await this.#versionOf(store, community.id);
    const key = JSON.stringify([version, options.asOf, options.windowDays ?? 90]);
    const cached = this.#dashboards.get(key);
    if (cached) {
      this.#dashboards.delete(key);
      this.#dashboards.set(key, cached);
      return cached;
    }
    const computed = computeDashboard(store, community, options);
    this.#dashboards.set(key, computed);
    computed.catch(() => this.#dashboards.delete(key));
    while (this.#dashboards.size > this.#max) {
      this.#dashboards.delete(this.#dashboards.keys().next().value as string);
    }
    return computed;
  }

  /** The plan of a dashboard under some knobs, re-optimised when they change. */
  plan(dashboard: Dashboard, knobs: PlanKnobs): Plan {
    // A dashboard is immutable (a new data version makes a new one): its plans hang off it.
    let plans = this.#plans.get(dashboard);
    if (!plans) {
      plans = new Map();
      this.#plans.set(dashboard, plans);
    }
    const key = `${knobs.budget ?? ''}|${knobs.horizon ?? ''}|${knobs.contingency ?? ''}|${knobs.hourlyRate ?? ''}`;
    const cached = plans.get(key);
    if (cached) return cached;
    const result = planDashboard(dashboard, knobs);
    plans.set(key, result);
    if (plans.size > 256) plans.delete(plans.keys().next().value as string);
    return result;
  }

  /** Forgets everything (after a change that the data version does not see). */
  clear(): void {
    this.#dashboards.clear();
  }
}

/** Loads, analyses and diagnoses a community, as `pouls diagnose` does. */
export async function computeDashboard(
  store: Store,
  community: Community,
  options: { asOf: string; windowDays?: number | undefined },
): Promise<Dashboard> {
  const { dataset, analysis } = await loadAndAnalyse(store, {
    community: community.slug,
    asOf: options.asOf,
    windowDays: options.windowDays ?? 90,
  });
  const settings = (await loadSettings(store.db, community.id)) as Settings;
  const judgements = await loadJudgements(store.db, community.id);
  const diagnosis = DiagnosisSchema.parse(
    diagnose(analysis, {
      judgements,
      ...(settings.thresholds ? { thresholds: settings.thresholds as never } : {}),
      ...(settings.facts ? { facts: settings.facts as never } : {}),
    }),
  );
  return { community, dataset, analysis, diagnosis, settings };
}

/** Plans a dashboard's community as `pouls plan` does, with its saved plan settings. */
export function planDashboard(dashboard: Dashboard, knobs: PlanKnobs): Plan {
  const saved = dashboard.settings.plan ?? {};
  const findings = dashboard.diagnosis.findings.filter((f) => f.judgement?.status !== 'dismissed');
  const options: PlanOptions = {
    ...(knobs.budget !== undefined ? { budget: knobs.budget } : {}),
    ...(knobs.horizon !== undefined ? { horizon: knobs.horizon } : {}),
    ...(knobs.contingency !== undefined ? { contingency: knobs.contingency } : {}),
    ...(knobs.hourlyRate !== undefined ? { hourlyRate: knobs.hourlyRate } : {}),
    ...(saved.actions ? { customActions: saved.actions } : {}),
    ...(saved.priorities ? { priorities: saved.priorities } : {}),
    ...(saved.positioning ? { positioning: saved.positioning } : {}),
  };
  return PlanSchema.parse(plan({ analysis: dashboard.analysis, findings, options }));
}
