/** The field delimiters of native sheets. */
export type Delimiter = ',' | ';' | '\t';

const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];

/** The first line that holds something, where a header is expected. */
function headerLine(text: string): string {
  let inQuotes = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    if (!inQuotes && (char === '\n' || char === '\r')) {
      if (start >= 0) return text.slice(start, i);
      continue;
    }
    if (start < 0 && char !== ' ') start = i;
  }
  return start >= 0 ? text.slice(start) : '';
}

/**
 * Guesses the delimiter from the header line, counting `,` `;` and tab outside quotes; the most
 * frequent wins (tab, then `;`, on a tie), and `,` when there is none.
 *
 * @example
 * detectDelimiter('Courriel;Nom;Région\r\n') // ';'
 */
export function detectDelimiter(text: string): Delimiter {
  const line = headerLine(text);
  const counts = new Map<string, number>();
  let inQuotes = false;
  for (const char of line) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
