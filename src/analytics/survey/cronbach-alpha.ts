/**
 * Cronbach's alpha (Cronbach 1951, Psychometrika 16:297–334) over complete cases:
 * α = k/(k − 1) · (1 − Σ s²ᵢ / s²ₜ), with sample variances (n − 1) of each item and of the
 * respondents' totals. `rows[r][i]` is respondent r's answer to item i (null = missing); rows
 * with any missing answer are left out (listwise, as R's `psy::cronbach`). Null when fewer than
 * 2 items or 2 complete rows, or when the totals do not vary.
 * @example cronbachAlpha([[1, 1], [2, 2], [3, 3]]) // 1
 */
export function cronbachAlpha(rows: readonly (readonly (number | null)[])[]): number | null {
  const complete = rows.filter((row) => row.every((value) => value !== null)) as number[][];
  const k = complete[0]?.length ?? 0;
  if (k < 2 || complete.length < 2) return null;
  let itemVariances = 0;
  for (let i = 0; i < k; i++)
    itemVariances += sampleVariance(complete.map((row) => row[i] as number));
  const totalVariance = sampleVariance(complete.map((row) => row.reduce((sum, v) => sum + v, 0)));
  if (totalVariance === 0) return null;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}

/** Sample variance Σ(x − x̄)² / (n − 1); 0 under two values. */
export function sampleVariance(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  return values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1);
}
