import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ConnectIndex,
  connectIndex,
  type DigestFormat,
  type MemberRecommendations,
  MemberRecommendationsSchema,
  recommendAnswerers,
  recommendInitiatives,
  recommendPeers,
  renderDigest,
} from '../connect/index.js';
import type { Lang } from '../i18n/lang.js';
import { PoulsError } from '../model/pouls-error.js';
import { loadProfiles, recordAudit, type Store, surveyAnswersByMember } from '../store/index.js';
import { loadAndAnalyse } from './analyse-community.js';
import { eligibleMembers } from './directory.js';

export type { DigestFormat, MemberRecommendations } from '../connect/index.js';

/** The recommendation index of a community at a date, with only eligible members in it. */
export async function connectIndexOf(
  store: Store,
  options: { community?: string; asOf: string },
): Promise<ConnectIndex> {
  const { community, dataset, analysis } = await loadAndAnalyse(store, options);
  const needs = new Map<number, string[]>();
  for (const { memberId, answer } of await surveyAnswersByMember(store.db, community.id, 'NEEDS')) {
    if (Array.isArray(answer))
      needs.set(
        memberId,
        answer.filter((x): x is string => typeof x === 'string'),
      );
  }
  const eligible = await eligibleMembers(store, community.id);
  const profiles = (await loadProfiles(store.db, community.id)).filter((p) =>
    eligible.has(p.memberId),
  );
  return connectIndex({ dataset, analysis, profiles, needs, eligible });
}

/** A member's recommendations from an index; the member must be eligible. */
export function recommendationsFor(
  index: ConnectIndex,
  memberId: number,
  k: number,
): MemberRecommendations {
  const member = index.members.get(memberId);
  if (!member) {
    throw new PoulsError('not_found', `member ${memberId}`, {
      params: { ns: 'connect', key: 'unknownMember', value: String(memberId) },
    });
  }
  if (!index.input.eligible.has(memberId)) {
    throw new PoulsError('bad_input', `member ${memberId} did not consent`, {
      params: { ns: 'connect', key: 'notConsenting', value: String(memberId) },
    });
  }
  return MemberRecommendationsSchema.parse({
    schemaVersion: 1,
    memberId,
    name: member.name,
    asOf: index.input.analysis.asOf,
    peers: recommendPeers(index, memberId, k),
    answerers: recommendAnswerers(index, memberId),
    initiatives: recommendInitiatives(index, memberId, k),
  });
}

/**
 * A member's recommendations (`pouls recommend --member ID`): peers to meet, members who can
 * answer their survey needs, initiatives to discover. Only members who granted 'recommendations'
 * (or 'directory') and never declined 'recommendations' receive or appear in them.
 */
export async function recommendForMember(
  store: Store,
  options: { community?: string; memberId: number; asOf: string; k?: number },
): Promise<MemberRecommendations> {
  const index = await connectIndexOf(store, options);
  return recommendationsFor(index, options.memberId, options.k ?? 5);
}

/**
 * Writes the "people you could meet" digest of every eligible non-staff member with at least one
 * recommendation into `outDir` (`digest-<id>.md` or `.html`), for a steward to send; returns the
 * paths. Recorded in the audit log.
 */
export async function writeDigests(
  store: Store,
  options: {
    community?: string;
    asOf: string;
    k?: number;
    lang: Lang;
    format: DigestFormat;
    outDir: string;
    actor?: string;
  },
): Promise<string[]> {
  const index = await connectIndexOf(store, options);
  await mkdir(options.outDir, { recursive: true });
  const paths: string[] = [];
  const ids = [...index.input.eligible].sort((a, b) => a - b);
  for (const id of ids) {
    const member = index.members.get(id);
    if (!member || member.staff || !member.present) continue;
    const recs = recommendationsFor(index, id, options.k ?? 5);
    if (recs.peers.length + recs.answerers.length + recs.initiatives.length === 0) continue;
    const path = join(options.outDir, `digest-${id}.${options.format}`);
    await writeFile(
      path,
      renderDigest(recs, {
        lang: options.lang,
        format: options.format,
        community: index.input.dataset.community.name,
      }),
    );
    paths.push(path);
  }
  await recordAudit(store.db, {
    at: options.asOf,
    actor: options.actor ?? 'cli',
    action: 'export',
    communityId: index.input.dataset.community.id,
    target: 'digest',
    detail: { digests: paths.length, format: options.format },
  });
  return paths;
}

export { reasonsText } from '../connect/index.js';
