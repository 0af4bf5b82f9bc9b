import type { Member } from '../../model/member.js';

/** Why two members may be one person. */
export type MergeReason = 'initial' | 'email_matches_name' | 'similar_name' | 'same_handle_name';

/** A likely match for a person to review: never merged without confirmation. */
export interface MergeSuggestion {
  readonly keepId: number;
  readonly otherId: number;
  /** 0–1: how likely the two are one person. */
  readonly score: number;
  readonly reason: MergeReason;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function tokens(name: string): string[] {
  return fold(name).split(' ').filter(Boolean);
}

/** Jaro–Winkler similarity (Winkler 1990), 0–1, on already folded strings. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA = new Array<boolean>(a.length).fill(false);
  const matchedB = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(b.length, i + range + 1); j++) {
      if (matchedB[j] || a[i] !== b[j]) continue;
      matchedA[i] = matchedB[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro =
    (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

function emailLocals(member: Member): string[] {
  return member.identities
    .filter((i) => i.kind === 'email')
    .map((i) => fold(i.value.split('@')[0] ?? '').replaceAll(' ', ''));
}

/** How two members' names and emails compare; null when nothing suggests one person. */
function compare(a: Member, b: Member): { score: number; reason: MergeReason } | null {
  const ta = tokens(a.name);
  const tb = tokens(b.name);
  const lastA = ta.at(-1);
  const lastB = tb.at(-1);
  if (ta.length >= 2 && tb.length >= 2 && lastA === lastB) {
    const firstA = ta.slice(0, -1).join(' ');
    const firstB = tb.slice(0, -1).join(' ');
    const shorter = firstA.length <= firstB.length ? firstA : firstB;
    const longer = shorter === firstA ? firstB : firstA;
    const initials = longer
      .split(' ')
      .map((t) => t[0])
      .join(' ');
    if (shorter.length <= 3 && shorter.replaceAll(' ', '') === initials.replaceAll(' ', '')) {
      return { score: 0.75, reason: 'initial' };
    }
  }
  const full = (t: string[]) => t.join('');
  for (const local of emailLocals(a)) {
    if (tb.length >= 2 && (local === full(tb) || local === `${tb[0]?.[0]}${lastB}`))
      return { score: 0.7, reason: 'email_matches_name' };
  }
  for (const local of emailLocals(b)) {
    if (ta.length >= 2 && (local === full(ta) || local === `${ta[0]?.[0]}${lastA}`))
      return { score: 0.7, reason: 'email_matches_name' };
  }
  const similarity = jaroWinkler(ta.join(' '), tb.join(' '));
  if (similarity >= 0.93 && ta.join(' ') !== tb.join(' '))
    return { score: Math.round(similarity * 100) / 100 - 0.1, reason: 'similar_name' };
  return null;
}

/** Blocking keys: members are only compared within a block, so the work stays near-linear. */
function blocks(member: Member): string[] {
  const t = tokens(member.name);
  const keys = t.length > 0 ? [`last:${t.at(-1)}`, `first:${t[0]?.slice(0, 3)}`] : [];
  for (const local of emailLocals(member)) keys.push(`last:${local.slice(1)}`, `last:${local}`);
  return keys;
}

/**
 * Suggests pairs of members who are likely one person (initials, an email that spells the
 * other's name, a near-identical name), best first. Sure matches (same email, handle or name)
 * are merged at import; these are left for a person to confirm (`pouls identities merge`).
 */
export function suggestMerges(members: readonly Member[]): MergeSuggestion[] {
  const index = new Map<string, Member[]>();
  for (const member of members) {
    for (const key of blocks(member)) index.set(key, [...(index.get(key) ?? []), member]);
  }
  const seen = new Set<string>();
  const out: MergeSuggestion[] = [];
  for (const group of index.values()) {
    if (group.length > 200) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!].sort((x, y) => x.id - y.id) as [Member, Member];
        const key = `${a.id}:${b.id}`;
        if (a.id === b.id || seen.has(key)) continue;
        seen.add(key);
        const match = compare(a, b);
        if (match) out.push({ keepId: a.id, otherId: b.id, ...match });
      }
    }
  }
  return out.sort((x, y) => y.score - x.score || x.keepId - y.keepId || x.otherId - y.otherId);
}
