import { normaliseHeader } from '../sheet/normalise-header.js';

/**
 * The 0-based index of the first header cell matching one of the aliases (accents, case and
 * punctuation ignored, so « E-mail de l’utilisateur » matches `e-mail de l'utilisateur`), or
 * undefined.
 *
 * @example
 * findColumn(['Name (Original Name)', 'User Email'], ['user email', 'email']) // 1
 */
export function findColumn(
  header: readonly string[],
  aliases: readonly string[],
): number | undefined {
  const wanted = aliases.map(normaliseHeader);
  for (const alias of wanted) {
    const index = header.findIndex((cell) => normaliseHeader(cell) === alias);
    if (index >= 0) return index;
  }
  return undefined;
}

/** Whether a row holds a header cell for each group of aliases. */
export function hasColumns(
  header: readonly string[],
  groups: readonly (readonly string[])[],
): boolean {
  return groups.every((aliases) => findColumn(header, aliases) !== undefined);
}
