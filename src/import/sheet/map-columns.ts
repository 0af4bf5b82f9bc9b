import type { Issue, Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import type { ImportKind, ImportOptions } from '../importer.js';
import { type FieldOf, fieldsOf, HEADER_ALIASES, REQUIRED_FIELDS } from './header-aliases.js';
import { normaliseHeader } from './normalise-header.js';

/** For each field found, the 0-based index of its column. */
export type ColumnMap<F extends string> = Partial<Record<F, number>>;

/** The field a `--map` value or a header names, by field name first, then by alias. */
export function fieldNamed<K extends ImportKind>(kind: K, name: string): FieldOf<K> | undefined {
  const wanted = normaliseHeader(name);
  const fields = fieldsOf(kind);
  const byName = fields.find((field) => normaliseHeader(field) === wanted);
  if (byName) return byName;
  const aliases: Record<string, readonly string[]> = HEADER_ALIASES[kind];
  return fields.find((field) => aliases[field]?.some((alias) => normaliseHeader(alias) === wanted));
}

function applyMap<K extends ImportKind>(
  kind: K,
  headers: readonly string[],
  map: Readonly<Record<string, string>>,
  file: string,
  columns: ColumnMap<FieldOf<K>>,
  issues: Issue[],
): void {
  for (const [column, target] of Object.entries(map)) {
    const index = headers.indexOf(normaliseHeader(column));
    const field = fieldNamed(kind, target);
    if (index < 0) issues.push({ code: 'unknown_column', file, line: 1, params: { column } });
    if (!field)
      issues.push({ code: 'unknown_field', file, line: 1, params: { field: target, kind } });
    if (index >= 0 && field) columns[field] = index;
  }
}

function claim<K extends ImportKind>(
  headers: readonly string[],
  columns: ColumnMap<FieldOf<K>>,
  field: FieldOf<K>,
  candidates: readonly string[],
): void {
  if (columns[field] !== undefined) return;
  const used = new Set(Object.values(columns));
  for (const candidate of candidates) {
    const wanted = normaliseHeader(candidate);
    const index = headers.findIndex((header, i) => header === wanted && !used.has(i));
    if (index >= 0) {
      columns[field] = index;
      return;
    }
  }
}

/**
 * Maps a header row to the fields of a kind: `--map` overrides first, then each field's own
 * name, then its French and English aliases (accents, case and punctuation ignored). Reports a
 * missing required column at line 1.
 *
 * @example
 * mapColumns('members', ['Courriel', 'Nom complet'], {}, 'membres.csv')
 * // { ok: true, value: { email: 0, name: 1 } }
 */
export function mapColumns<K extends ImportKind>(
  kind: K,
  header: readonly string[],
  options: ImportOptions,
  file: string,
): Result<ColumnMap<FieldOf<K>>> {
  const headers = header.map(normaliseHeader);
  const columns: ColumnMap<FieldOf<K>> = {};
  const issues: Issue[] = [];
  applyMap(kind, headers, options.map ?? {}, file, columns, issues);
  const aliases: Record<string, readonly string[]> = HEADER_ALIASES[kind];
  for (const field of fieldsOf(kind)) claim(headers, columns, field, [field]);
  for (const field of fieldsOf(kind)) claim(headers, columns, field, aliases[field] ?? []);
  for (const group of REQUIRED_FIELDS[kind] as readonly (readonly FieldOf<K>[])[]) {
    if (group.some((field) => columns[field] !== undefined)) continue;
    const [only] = group;
    issues.push(
      group.length === 1 && only
        ? { code: 'missing_column', file, line: 1, params: { field: only } }
        : { code: 'missing_any_column', file, line: 1, params: { fields: group } },
    );
  }
  return issues.length > 0 ? fail(issues) : ok(columns);
}
