/** A cell of a breakdown: a group and how many respondents it holds. */
export interface GroupCount {
  readonly group: string;
  readonly n: number;
}

/**
 * The groups of one breakdown to hide (product.md §3.10, Québec's Law 25): every group under
 * `min` respondents (primary suppression), then — complementary suppression, as statistical
 * agencies do — the next smallest groups until the hidden ones are at least 2 and hold at least
 * `min` respondents together, so that the total minus the shown groups never isolates one.
 * Groups in `forced` are hidden too (a row already hidden in another column).
 * @example suppressGroups([{ group: 'a', n: 3 }, { group: 'b', n: 6 }, { group: 'c', n: 9 }], 5)
 * // Set { 'a', 'b' }
 */
export function suppressGroups(
  groups: readonly GroupCount[],
  min = 5,
  forced: ReadonlySet<string> = new Set(),
): Set<string> {
  const sorted = [...groups].sort((a, b) => a.n - b.n || a.group.localeCompare(b.group));
  const hidden = new Set<string>();
  let hiddenTotal = 0;
  let hiddenCells = 0;
  const hide = (cell: GroupCount) => {
    hidden.add(cell.group);
    hiddenTotal += cell.n;
    if (cell.n > 0) hiddenCells++;
  };
  for (const cell of sorted) {
    if ((cell.n > 0 && cell.n < min) || forced.has(cell.group)) hide(cell);
  }
  if (hiddenCells === 0) return hidden;
  for (const cell of sorted) {
    if (hiddenCells >= 2 && hiddenTotal >= min) break;
    if (!hidden.has(cell.group) && cell.n > 0) hide(cell);
  }
  return hidden;
}
