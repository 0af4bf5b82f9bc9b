import type { ConnectIndex, ConnectMember } from './connect-index.js';
import type { Reason, Recommendation } from './recommendation.js';
import { cosine, sharedTopics } from './topic-vectors.js';

/**
 * Weights of the peer score's parts, chosen on the demo community's offline evaluation and
 * then checked, unchanged, on a real exchange data set (docs/connect.md, README).
 */
export const PEER_WEIGHTS: PeerWeights = {
  shared: 0.2,
  offers: 0.1,
  contacts: 0.2,
  bridge: 0.05,
  reach: 0.2,
  activity: 0.1,
  engagement: 1,
  nearby: 0.2,
};

/** Weights of the parts of the peer score (see {@link PEER_WEIGHTS}). */
export interface PeerWeights {
  /** Shared interests (cosine of interest vectors). */
  readonly shared: number;
  /** What the other offers that the member looks for (interests × expertise). */
  readonly offers: number;
  /** Contacts in common (Adamic–Adar, normalised). */
  readonly contacts: number;
  /** Bridging sub-groups that rarely meet, or regions. */
  readonly bridge: number;
  /** How many people the other already knows (distinct contacts, normalised): a good introducer. */
  readonly reach: number;
  /** How active the other has been in the last 180 days. */
  readonly activity: number;
  /** The other's long-run engagement: activities per month since their first one. */
  readonly engagement: number;
  /** Same region: easy to meet in person, at the events held there. */
  readonly nearby: number;
}

/** The parts of one candidate's score. */
interface Parts {
  shared: number;
  offers: number;
  contacts: number;
  common: number;
  bridgeGroup: boolean;
  bridgeRegion: boolean;
  nearby: boolean;
  activity: number;
  reach: number;
  engagement: number;
}

/** Adamic–Adar index: shared contacts, each weighted by 1 / log(its degree) (Adamic & Adar 2003). */
function adamicAdar(index: ConnectIndex, u: number, v: number): { score: number; common: number } {
  const a = index.graph.get(u);
  const b = index.graph.get(v);
  if (!a || !b) return { score: 0, common: 0 };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let score = 0;
  let common = 0;
  for (const z of small.keys()) {
    if (!large.has(z)) continue;
    common++;
    score += 1 / Math.log(1 + (index.graph.get(z)?.size ?? 1));
  }
  return { score, common };
}

/** Whether two sub-groups rarely meet: fewer ties between them than a quarter of within ties. */
function rarelyMeet(index: ConnectIndex, a: number, b: number): boolean {
  const key = a <= b ? `${a}:${b}` : `${b}:${a}`;
  const between = index.groupTies.get(key) ?? 0;
  const within = Math.min(
    index.groupTies.get(`${a}:${a}`) ?? 0,
    index.groupTies.get(`${b}:${b}`) ?? 0,
  );
  return between < within / 4;
}

function parts(index: ConnectIndex, u: ConnectMember, v: ConnectMember): Parts {
  const aa = adamicAdar(index, u.id, v.id);
  return {
    shared: cosine(index.interests.get(u.id), index.interests.get(v.id)),
    offers: cosine(index.interests.get(u.id), index.expertise.get(v.id)),
    contacts: aa.score,
    common: aa.common,
    bridgeGroup:
      u.group !== null &&
      v.group !== null &&
      u.group !== v.group &&
      rarelyMeet(index, u.group, v.group),
    bridgeRegion: u.region !== null && v.region !== null && u.region !== v.region,
    nearby: u.region !== null && u.region === v.region,
    activity: Math.log1p(v.recent) / Math.log1p(index.maxRecent),
    reach: (index.graph.get(v.id)?.size ?? 0) / index.maxReach,
    engagement: Math.sqrt(v.rate / index.maxRate),
  };
}

function reasons(index: ConnectIndex, u: ConnectMember, v: ConnectMember, p: Parts): Reason[] {
  const label = (keys: string[]) => keys.map((k) => index.labels.get(k) ?? k).join(', ');
  const out: Array<[number, Reason]> = [];
  const shared = sharedTopics(index.interests.get(u.id), index.interests.get(v.id));
  if (p.shared > 0 && shared.length > 0)
    out.push([
      PEER_WEIGHTS.shared * p.shared,
      { code: 'sharedInterests', params: { topics: label(shared) } },
    ]);
  const offered = sharedTopics(index.interests.get(u.id), index.expertise.get(v.id));
  if (p.offers > 0 && offered.length > 0)
    out.push([
      PEER_WEIGHTS.offers * p.offers,
      { code: 'offers', params: { topics: label(offered) } },
    ]);
  if (p.common > 0)
    out.push([
      PEER_WEIGHTS.contacts * p.contacts,
      { code: 'commonContacts', params: { count: p.common } },
    ]);
  if (p.nearby && v.region)
    out.push([PEER_WEIGHTS.nearby, { code: 'sameRegion', params: { region: v.region } }]);
  if (p.bridgeGroup) out.push([PEER_WEIGHTS.bridge, { code: 'bridgeGroup', params: {} }]);
  if (p.bridgeRegion && v.region)
    out.push([PEER_WEIGHTS.bridge / 2, { code: 'bridgeRegion', params: { region: v.region } }]);
  if (out.length === 0 || p.activity > 0.5) out.push([0, { code: 'active', params: {} }]);
  return out.sort((a, b) => b[0] - a[0]).map(([, r]) => r);
}

/**
 * Peers a member could meet, best first: present, eligible members they have no tie with yet,
 * scored by the other's long-run engagement, shared interests, what the other offers that the
 * member looks for, contacts in common (Adamic–Adar, normalised over the candidates), reach,
 * recent activity, being in the same region (easy to meet in person), and bridging sub-groups
 * that rarely meet or other regions. Staff are left out.
 */
export function recommendPeers(
  index: ConnectIndex,
  memberId: number,
  k: number,
  weights: PeerWeights = PEER_WEIGHTS,
): Recommendation[] {
  const u = index.members.get(memberId);
  if (!u) return [];
  const known = index.graph.get(memberId) ?? new Map<number, number>();
  const scored: Array<{ v: ConnectMember; p: Parts }> = [];
  let maxContacts = 0;
  for (const id of index.input.eligible) {
    const v = index.members.get(id);
    if (!v || v.id === memberId || v.staff || !v.present || known.has(v.id)) continue;
    const p = parts(index, u, v);
    maxContacts = Math.max(maxContacts, p.contacts);
    scored.push({ v, p });
  }
  const score = ({ p }: { p: Parts }) =>
    weights.shared * p.shared +
    weights.offers * p.offers +
    weights.contacts * (maxContacts > 0 ? p.contacts / maxContacts : 0) +
    weights.bridge * ((p.bridgeGroup ? 0.5 : 0) + (p.bridgeRegion ? 0.5 : 0)) +
    weights.reach * p.reach +
    weights.activity * p.activity +
    weights.engagement * p.engagement +
    weights.nearby * (p.nearby ? 1 : 0);
  return scored
    .map((x) => ({ ...x, s: score(x) }))
    .sort((a, b) => b.s - a.s || a.v.id - b.v.id)
    .slice(0, k)
    .map(({ v, p, s }) => ({
      kind: 'peer' as const,
      memberId: v.id,
      name: v.name,
      need: null,
      item: null,
      score: Math.round(s * 1e6) / 1e6,
      reasons: reasons(index, u, v, p),
    }));
}
