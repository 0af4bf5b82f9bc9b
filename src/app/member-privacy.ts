import { type MemberExport, MemberExportSchema } from '../model/member-export.js';
import { PoulsError } from '../model/pouls-error.js';
import {
  type ConsentUse,
  compactStore,
  type ErasureSummary,
  eraseMembers,
  loadMemberRecord,
  type MemberRecord,
  type Store,
  setConsent,
} from '../store/index.js';
import { type AuditContext, audit } from './audit-context.js';
import { findMember } from './find-member.js';

export { CONSENT_USES } from '../model/choices.js';

/** Which member, in which community (`--community` may be left out when there is one). */
export interface MemberTarget {
  readonly community?: string | undefined;
  /** A member id, an email or an exact name. */
  readonly member: string;
}

async function recordOf(store: Store, communityId: number, memberId: number) {
  const record = await loadMemberRecord(store.db, communityId, memberId);
  if (!record) throw new PoulsError('internal', `member ${memberId} vanished`);
  return record;
}

/** A member's profile, identities, consents and activity counts (`pouls member show`), audited as a view. */
export async function showMember(
  store: Store,
  target: MemberTarget,
  context?: AuditContext,
): Promise<{ record: MemberRecord; counts: Record<string, number> }> {
  const { community, member } = await findMember(store, target);
  const record = await recordOf(store, community.id, member.id);
  await audit(store, context, {
    action: 'view',
    communityId: community.id,
    target: `member:${member.id}`,
    detail: {},
  });
  const counts = {
    attendance: record.attendance.length,
    messages: record.messages.length,
    contributions: record.contributions.length,
    ties: record.ties.length,
    surveyResponses: record.surveyResponses.length,
  };
  return { record, counts };
}

/** Records a member's decision about one use of their data (`pouls member consent`), audited. */
export async function setMemberConsent(
  store: Store,
  options: MemberTarget & { use: ConsentUse; granted: boolean; source?: string },
  context: AuditContext,
): Promise<{ memberId: number }> {
  const { community, member } = await findMember(store, options);
  await setConsent(store.db, {
    memberId: member.id,
    use: options.use,
    granted: options.granted,
    decidedOn: context.at.slice(0, 10),
    source: options.source ?? 'steward',
  });
  await audit(store, context, {
    action: 'change',
    communityId: community.id,
    target: `member:${member.id}`,
    detail: { consent: options.use, granted: options.granted },
  });
  return { memberId: member.id };
}

/**
 * Everything Pouls holds about a person, as JSON that follows `MemberExportSchema`
 * (`pouls member export`, Law 25's right of access); audited.
 */
export async function exportMember(
  store: Store,
  target: MemberTarget,
  context: AuditContext,
): Promise<MemberExport> {
  const { community, member } = await findMember(store, target);
  await audit(store, context, {
    action: 'export',
    communityId: community.id,
    target: `member:${member.id}`,
    detail: {},
  });
  const record = await recordOf(store, community.id, member.id);
  return MemberExportSchema.parse({
    schemaVersion: 1,
    exportedAt: context.at,
    community: { slug: community.slug, name: community.name },
    ...record,
  });
}

/**
 * Removes a person everywhere and keeps only anonymous aggregates (`pouls member erase`; see
 * docs/privacy.md), in one transaction with its audit entry, then compacts the store so that
 * no copy stays in free pages or the write-ahead log.
 */
export async function eraseMember(
  store: Store,
  target: MemberTarget,
  context: AuditContext,
): Promise<{ memberId: number; summary: ErasureSummary }> {
  const { community, member } = await findMember(store, target);
  const summary = await eraseMembers(store.db, community.id, [member.id], {
    erasedOn: context.at.slice(0, 10),
    reason: 'request',
    audit: {
      at: context.at,
      actor: context.actor,
      action: 'erase',
      communityId: community.id,
      target: `member:${member.id}`,
      detail: { reason: 'request' },
    },
  });
  await compactStore(store);
  return { memberId: member.id, summary };
}
