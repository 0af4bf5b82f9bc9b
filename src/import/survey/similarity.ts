import { normaliseHeader } from '../sheet/normalise-header.js';

/** Normalised words of a text (accents, case and punctuation ignored), for matching. */
export function tokens(text: string): string[] {
  return normaliseHeader(text.replace(/[’']/g, ' '))
    .split(' ')
    .filter((t) => t.length > 0);
}

/** Jaccard index of two texts' word sets: |A ∩ B| / |A ∪ B| (Jaccard 1901). */
export function jaccard(a: string, b: string): number {
  const sa = new Set(tokens(a));
  const sb = new Set(tokens(b));
  if (sa.size === 0 && sb.size === 0) return 1;
  let common = 0;
  for (const t of sa) if (sb.has(t)) common++;
  return common / (sa.size + sb.size - common);
}

/** Levenshtein ratio 1 − d / max(|a|, |b|) of two normalised texts (Levenshtein 1966). */
export function levenshteinRatio(a: string, b: string): number {
  const x = tokens(a).join(' ');
  const y = tokens(b).join(' ');
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return 1 - (previous[y.length] as number) / longest;
}

/**
 * How alike two texts are, 0–1: the better of the word Jaccard index and the Levenshtein ratio,
 * so a reworded question and a typo both still match. Matching needs ≥ `MATCH_THRESHOLD`.
 * @example similarity('La raison d’être est claire', 'La raison d’être est claire pour moi') // 0.71
 */
export function similarity(a: string, b: string): number {
  return Math.max(jaccard(a, b), levenshteinRatio(a, b));
}

/** Lowest similarity at which a header matches an item's text. */
export const MATCH_THRESHOLD = 0.6;
