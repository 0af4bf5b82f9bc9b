const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  ndash: '–',
  mdash: '—',
};

function codePoint(value: number, entity: string): string {
  return value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff)
    ? String.fromCodePoint(value)
    : entity;
}

/** Decodes HTML character references: the common named ones and every numeric one. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return codePoint(Number.parseInt(name.slice(2), 16), entity);
    }
    if (name.startsWith('#')) return codePoint(Number(name.slice(1)), entity);
    return NAMED[name.toLowerCase()] ?? entity;
  });
}

/**
 * The text of a post's HTML (Discourse's `cooked`): quotes of other posts (`<aside class="quote">`)
 * left out, emoji images as their `:name:`, block ends as line breaks, other tags removed,
 * character references decoded, blank lines collapsed.
 *
 * @example
 * htmlText('<p>Merci <a class="mention" href="/u/jroy">@jroy</a>&nbsp;!</p>') // 'Merci @jroy !'
 */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<aside\b[^>]*class="[^"]*\bquote\b[^"]*"[^>]*>[\s\S]*?<\/aside>/gi, '')
      .replace(/<img\b[^>]*\balt="(:[^"]+:)"[^>]*>/gi, '$1')
      .replace(/<br\s*\/?>|<\/(?:p|li|h[1-6]|blockquote|pre|div|tr)>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

function decodedPath(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch (error) {
    if (error instanceof URIError) return value;
    throw error;
  }
}

/**
 * The usernames a post mentions, from Discourse's mention links (`<a class="mention"
 * href="/u/name">`), each once.
 */
export function mentionedUsernames(html: string): string[] {
  const names = Array.from(
    html.matchAll(/<a\b[^>]*class="mention"[^>]*href="\/u\/([^"/?#]+)"/gi),
    (match) => decodedPath(match[1] ?? ''),
  );
  return [...new Set(names.filter((name) => name !== ''))];
}
