import type { Batch } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import { fail } from '../../model/issue.js';
import type { ImportInput, ImportKind } from '../importer.js';

/**
 * The result of reading an export whose records were read one by one: the batch when no record
 * had an issue; with `--skip-invalid`, the batch of valid records and the issues as `skipped`;
 * otherwise every issue, so that nothing is written.
 *
 * @example
 * settleBatch({ ...EMPTY_BATCH, messages }, issues, input.options)
 */
export function settleBatch(
  batch: Batch,
  issues: readonly Issue[],
  options: ImportInput['options'],
): Result<Batch> {
  if (issues.length === 0) return { ok: true, value: batch };
  return options.skipInvalid ? { ok: true, value: batch, skipped: issues } : fail(issues);
}

/**
 * An `unsupported_kind` issue when `format` cannot hold `kind`, else undefined.
 *
 * @example
 * kindIssue('discord', ['messages'], 'events', 'salon.json') // { code: 'unsupported_kind', ... }
 */
export function kindIssue(
  format: string,
  kinds: readonly ImportKind[],
  kind: ImportKind,
  file: string,
): Issue | undefined {
  if (kinds.includes(kind)) return undefined;
  return { code: 'unsupported_kind', file, params: { kind, format } };
}
