import { renderDigest } from '../connect/index.js';
import type { Lang } from '../i18n/lang.js';
import { consentDecisions, loadDataset, recordAudit, type Store } from '../store/index.js';
import { connectIndexOf, type DigestFormat, recommendationsFor } from './recommend-members.js';
import { resolveCommunity } from './resolve-community.js';

/** A member as the web app's pickers list them: id and name only. */
export interface MemberChoice {
  readonly memberId: number;
  readonly name: string;
}

const byName = (a: MemberChoice, b: MemberChoice) =>
  a.name.localeCompare(b.name, 'fr') || a.memberId - b.memberId;

/**
 * Members a steward may send a personal profile link to: everyone who has not declined the
 * directory (a member who said no is not listed anywhere in the web app).
 */
export async function profileLinkCandidates(
  store: Store,
  community: string,
): Promise<MemberChoice[]> {
  const c = await resolveCommunity(store, community);
  const decisions = await consentDecisions(store.db, c.id, 'directory');
  const recommendations = await consentDecisions(store.db, c.id, 'recommendations');
  return (await loadDataset(store.db, c)).members
    .filter((m) => decisions.get(m.id) !== false && recommendations.get(m.id) !== false)
    .map((m) => ({ memberId: m.id, name: m.name }))
    .sort(byName);
}

/** Members who may receive recommendations (consented, never declined, present, not staff). */
export async function recommendableMembers(
  store: Store,
  options: { community: string; asOf: string },
): Promise<MemberChoice[]> {
  const index = await connectIndexOf(store, options);
  const out: MemberChoice[] = [];
  for (const id of index.input.eligible) {
    const member = index.members.get(id);
    if (member && !member.staff && member.present) out.push({ memberId: id, name: member.name });
  }
  return out.sort(byName);
}

/**
 * One member's "people you could meet" digest, for a steward to preview or download; recorded
 * in the audit log as an export.
 */
export async function digestForMember(
  store: Store,
  options: {
    community: string;
    memberId: number;
    asOf: string;
    lang: Lang;
    format: DigestFormat;
    actor: string;
    at: string;
  },
): Promise<string> {
  const index = await connectIndexOf(store, options);
  const recs = recommendationsFor(index, options.memberId, 5);
  await recordAudit(store.db, {
    at: options.at,
    actor: options.actor,
    action: 'export',
    communityId: index.input.dataset.community.id,
    target: `digest:member:${options.memberId}`,
    detail: { format: options.format },
  });
  return renderDigest(recs, {
    lang: options.lang,
    format: options.format,
    community: index.input.dataset.community.name,
  });
}
