import type { Translate } from '../i18n/index.js';
import type { Issue, Location } from '../model/issue.js';

function locationOf(issue: Location, t: Translate): string {
  const parts = [issue.file];
  if (issue.line !== undefined) parts.push(t('importer:location.line', { line: issue.line }));
  const { column, columnNumber } = issue;
  if (column)
    parts.push(t('importer:location.column', { column, columnNumber: columnNumber ?? '?' }));
  else if (columnNumber !== undefined) {
    parts.push(t('importer:location.columnNumber', { columnNumber }));
  }
  return parts.join(', ');
}

/** A field as shown to the user: its translated name quoted, then its key when they differ. */
function fieldLabel(field: string, t: Translate): string {
  const label = t(`importer:field.${field}`, { defaultValue: field });
  const quoted = t('importer:quoted', { text: label });
  return label === field ? quoted : `${quoted} (${field})`;
}

function paramsOf(issue: Issue, t: Translate): Record<string, string> {
  switch (issue.code) {
    case 'missing_column':
    case 'required_value':
      return { field: fieldLabel(issue.params.field, t) };
    case 'missing_any_column':
      return { fields: issue.params.fields.map((f) => fieldLabel(f, t)).join(t('importer:or')) };
    case 'invalid_value': {
      const { value, expected } = issue.params;
      return { value, expected: t(`importer:expected.${expected}`, { defaultValue: expected }) };
    }
    case 'unreadable_file': {
      const { reason } = issue.params;
      return { reason: t(`importer:reason.${reason}`, { defaultValue: reason }) };
    }
    case 'unknown_field': {
      const { field, kind } = issue.params;
      return { field, kind: t(`importer:kind.${kind}`, { defaultValue: kind }) };
    }
    case 'empty_file':
      return {};
    default:
      return { ...issue.params };
  }
}

/**
 * Renders an issue as one sentence in the translator's language: where it is (file, line,
 * column as written and its number), then what is wrong and what was expected.
 *
 * @example
 * formatIssue(issue, translator('fr'))
 * // 'membres.csv, ligne 4, colonne « joined_at » (5) : valeur « 2024-02-30 » invalide,
 * //  attendu une date (AAAA-MM-JJ, JJ/MM/AAAA ou 12 mars 2024).'
 */
export function formatIssue(issue: Issue, t: Translate): string {
  const message = t(`importer:issue.${issue.code}`, paramsOf(issue, t));
  return t('importer:located', { location: locationOf(issue, t), message });
}
