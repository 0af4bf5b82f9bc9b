import { PoulsError } from '../model/pouls-error.js';
import {
  compactStore,
  type ErasureSummary,
  erasedMembers,
  eraseMembers,
  getRetention,
  lastSeenByMember,
  type Store,
  setRetention,
  unmergedMemberIds,
} from '../store/index.js';
import { type AuditContext, audit } from './audit-context.js';
import { resolveCommunity } from './resolve-community.js';

/** The day `months` months before an ISO date (clamped to the month's last day). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** What the retention period would remove, or removed, on a given day. */
export interface RetentionReport {
  readonly community: string;
  /** Months, or null when the community keeps everything. */
  readonly months: number | null;
  readonly asOf: string;
  /** Members last seen before this day are removed. */
  readonly cutoff: string | null;
  /** Members past the period, by id, with the day they were last seen. */
  readonly due: readonly { id: number; lastSeen: string }[];
  /** Members with no dated trace at all: never removed by retention (see docs/privacy.md). */
  readonly undated: number;
  readonly alreadyErased: number;
  /** Set once `applyRetention` really erased them. */
  readonly summary?: ErasureSummary;
}

/** Sets (months) or removes (null) a community's retention period; audited. */
export async function setRetentionPeriod(
  store: Store,
  options: { community?: string | undefined; months: number | null },
  context: AuditContext,
): Promise<void> {
  if (options.months !== null && (!Number.isInteger(options.months) || options.months < 1))
    throw new PoulsError('usage', 'months must be a positive whole number', {
      params: { key: 'badNumber', value: String(options.months) },
    });
  const community = await resolveCommunity(store, options.community);
  await setRetention(store.db, community.id, options.months);
  await audit(store, context, {
    action: 'change',
    communityId: community.id,
    target: 'retention',
    detail: { months: options.months },
  });
}

/** Which members the retention period reaches on `asOf` (`pouls retention show`). */
export async function showRetention(
  store: Store,
  options: { community?: string | undefined; asOf: string },
): Promise<RetentionReport> {
  const community = await resolveCommunity(store, options.community);
  const months = await getRetention(store.db, community.id);
  const erased = await erasedMembers(store.db, community.id);
  const lastSeen = await lastSeenByMember(store.db, community.id);
  const members = (await unmergedMemberIds(store.db, community.id)).map((id) => ({ id }));
  const cutoff = months === null ? null : monthsBefore(options.asOf, months);
  const live = members.filter((m) => !erased.has(m.id));
  const due = cutoff
    ? live.flatMap((m) => {
        const seen = lastSeen.get(m.id);
        return seen !== undefined && seen < cutoff ? [{ id: m.id, lastSeen: seen }] : [];
      })
    : [];
  return {
    community: community.slug,
    months,
    asOf: options.asOf,
    cutoff,
    due,
    undated: live.filter((m) => !lastSeen.has(m.id)).length,
    alreadyErased: erased.size,
  };
}

/**
 * Erases the personal details of every member past the retention period, as `pouls member
 * erase` does, in one transaction with its audit entry (`pouls retention apply`); with
 * `dryRun`, only says who would be erased.
 */
export async function applyRetention(
  store: Store,
  options: { community?: string | undefined; asOf: string; dryRun?: boolean },
  context: AuditContext,
): Promise<RetentionReport> {
  const report = await showRetention(store, options);
  if (options.dryRun || report.due.length === 0 || report.months === null) return report;
  const community = await resolveCommunity(store, options.community);
  const summary = await eraseMembers(
    store.db,
    community.id,
    report.due.map((m) => m.id),
    {
      erasedOn: options.asOf,
      reason: 'retention',
      audit: {
        at: context.at,
        actor: context.actor,
        action: 'erase',
        communityId: community.id,
        target: 'retention',
        detail: { months: report.months, cutoff: report.cutoff, asOf: options.asOf },
      },
    },
  );
  await compactStore(store);
  return { ...report, summary };
}
