/** Characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return first) by prefixing an apostrophe, which spreadsheets show as text. Numbers
 * are written as numbers, so a negative number stays one.
 *
 * @example neutraliseFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV field: text neutralised against formulas, then quoted as RFC 4180 requires when it
 * holds a comma, a quote or a line break.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Undoes `neutraliseFormula` when a file Pouls wrote is read back: an apostrophe followed by a
 * formula character is dropped, so exports round-trip exactly.
 *
 * @example restoreFormulaText("'=1+1") // '=1+1'
 */
export function restoreFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
