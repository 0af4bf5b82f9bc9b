import type { ConnectIndex, ConnectMember } from './connect-index.js';
import type { Recommendation } from './recommendation.js';
import { cosine, sharedTopics } from './topic-vectors.js';

/** How well a member can answer a survey need, before topic fit and activity. */
function capacity(need: string, u: ConnectMember, v: ConnectMember, index: ConnectIndex): number {
  const expert = index.expertise.get(v.id)?.size ?? 0;
  switch (need) {
    case 'help':
      return Math.log1p(v.answers);
    case 'training':
    case 'who-knows':
      return expert > 0 ? 1 : 0;
    case 'resources':
      return Math.log1p(v.contributions);
    case 'regional':
      return u.region !== null && u.region === v.region ? 1 : 0;
    case 'peer-exchange':
      return u.orgType !== null && u.orgType === v.orgType ? 1 : 0.3;
    default:
      return 0.5;
  }
}

/**
 * Members who can answer the needs a member expressed in the survey (`NEEDS`): for each need,
 * the eligible members best placed for it (answers given for quick help, resources shared,
 * topics presented, same region...), weighted by how well their expertise fits the member's
 * interests and by their recent activity; at most `perNeed` per need.
 */
export function recommendAnswerers(
  index: ConnectIndex,
  memberId: number,
  perNeed = 2,
): Recommendation[] {
  const u = index.members.get(memberId);
  const needs = index.input.needs.get(memberId) ?? [];
  if (!u) return [];
  const out: Recommendation[] = [];
  const taken = new Set<number>();
  for (const need of needs) {
    const ranked: Array<{ v: ConnectMember; s: number }> = [];
    for (const id of index.input.eligible) {
      const v = index.members.get(id);
      if (!v || v.id === memberId || v.staff || !v.present || taken.has(v.id)) continue;
      const base = capacity(need, u, v, index);
      if (base <= 0) continue;
      const fit = cosine(index.interests.get(u.id), index.expertise.get(v.id));
      const activity = Math.log1p(v.recent) / Math.log1p(index.maxRecent);
      const s = base * (0.2 + fit) * (0.25 + 0.75 * activity);
      if (s > 0) ranked.push({ v, s });
    }
    ranked.sort((a, b) => b.s - a.s || a.v.id - b.v.id);
    for (const { v, s } of ranked.slice(0, perNeed)) {
      taken.add(v.id);
      const topics = sharedTopics(index.interests.get(u.id), index.expertise.get(v.id)).map(
        (k) => index.labels.get(k) ?? k,
      );
      out.push({
        kind: 'answerer',
        memberId: v.id,
        name: v.name,
        need,
        item: null,
        score: Math.round(s * 1e6) / 1e6,
        reasons: [
          { code: 'canAnswer', params: { need } },
          ...(topics.length > 0
            ? [{ code: 'offers' as const, params: { topics: topics.join(', ') } }]
            : []),
        ],
      });
    }
  }
  return out;
}
