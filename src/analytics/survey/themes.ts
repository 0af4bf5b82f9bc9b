import type { SurveyAnalysis } from '../../model/survey.js';
import { stem, words } from './stem.js';
import { STOPWORDS } from './stopwords.js';

/** One open answer: its text and whether its author consented to be quoted. */
export interface OpenAnswer {
  readonly text: string;
  readonly quotable: boolean;
}

type Theme = SurveyAnalysis['themes'][number];

/** Options of `themes`: the smallest theme, the most themes and quotes per theme. */
export interface ThemeOptions {
  readonly minSize?: number;
  readonly maxThemes?: number;
  readonly maxQuotes?: number;
}

/**
 * Groups open answers (French or English) into themes by shared stems: words are folded,
 * stopwords dropped, stemmed (`stem`); then, greedily, the stem found in most remaining answers
 * (at least `minSize`, default 2) makes a theme of those answers, labelled by its most frequent
 * word and the stem it most often co-occurs with; its answers leave the pool. Quotes come only
 * from answers whose author consented.
 * @example themes([{ text: 'Le réseautage', quotable: true }, { text: 'réseautage régional', quotable: false }])
 * // [{ id: 'T1', label: 'reseautage', size: 2, quotes: ['Le réseautage'], ... }]
 */
export function themes(answers: readonly OpenAnswer[], options: ThemeOptions = {}): Theme[] {
  const minSize = options.minSize ?? 2;
  const stems = answers.map(
    (a) =>
      new Set(
        words(a.text)
          .filter((w) => !STOPWORDS.has(w))
          .map(stem),
      ),
  );
  const surfaces = surfaceWords(answers);
  let pool = answers.map((_, i) => i).filter((i) => (stems[i]?.size ?? 0) > 0);
  const result: Theme[] = [];
  while (result.length < (options.maxThemes ?? 8)) {
    const best = topStem(pool, stems, new Set());
    if (best === null || best.count < minSize) break;
    const members = pool.filter((i) => stems[i]?.has(best.stem));
    const second = topStem(members, stems, new Set([best.stem]));
    const themeStems = second && second.count >= minSize ? [best.stem, second.stem] : [best.stem];
    result.push({
      id: `T${result.length + 1}`,
      label: themeStems.map((s) => surfaces.get(s) ?? s).join(' · '),
      stems: themeStems,
      size: members.length,
      quotes: members
        .filter((i) => answers[i]?.quotable)
        .slice(0, options.maxQuotes ?? 3)
        .map((i) => answers[i]?.text ?? ''),
    });
    pool = pool.filter((i) => !members.includes(i));
  }
  return result;
}

function topStem(pool: readonly number[], stems: readonly Set<string>[], skip: Set<string>) {
  const counts = new Map<string, number>();
  for (const i of pool)
    for (const s of stems[i] ?? []) if (!skip.has(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: { stem: string; count: number } | null = null;
  for (const [s, count] of counts) {
    if (!best || count > best.count || (count === best.count && s < best.stem))
      best = { stem: s, count };
  }
  return best;
}

/** The most frequent folded word of each stem (ties: alphabetical), for labels. */
function surfaceWords(answers: readonly OpenAnswer[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const answer of answers) {
    for (const word of words(answer.text)) {
      if (STOPWORDS.has(word)) continue;
      const byWord = counts.get(stem(word)) ?? new Map<string, number>();
      byWord.set(word, (byWord.get(word) ?? 0) + 1);
      counts.set(stem(word), byWord);
    }
  }
  const labels = new Map<string, string>();
  for (const [s, byWord] of counts) {
    const sorted = [...byWord].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    labels.set(s, sorted[0]?.[0] ?? s);
  }
  return labels;
}
