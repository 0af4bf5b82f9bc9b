/** Where a problem sits in an input file; `line` and `column` are 1-based. */
export interface Location {
  readonly file: string;
  readonly line?: number;
  /** The column's header as written in the file, when there is one. */
  readonly column?: string;
  /** The column's 1-based position. */
  readonly columnNumber?: number;
}

/**
 * An expected problem with the user's input, as data. Messages are rendered from `code` and
 * `params` through the i18n catalogues (`issue.<code>`), never stored as text.
 */
export type Issue =
  | (Location & { readonly code: 'missing_column'; readonly params: { field: string } })
  | (Location & { readonly code: 'empty_file'; readonly params: Record<string, never> })
  | (Location & {
      readonly code: 'invalid_value';
      readonly params: { value: string; expected: string };
    })
  | (Location & { readonly code: 'required_value'; readonly params: { field: string } })
  | (Location & { readonly code: 'unknown_reference'; readonly params: { value: string } })
  | (Location & { readonly code: 'ambiguous_reference'; readonly params: { value: string } })
  | (Location & { readonly code: 'unreadable_file'; readonly params: { reason: string } })
  | (Location & { readonly code: 'unknown_kind'; readonly params: { kind: string } })
  | (Location & {
      readonly code: 'unknown_format';
      readonly params: { value: string; expected: string };
    })
  | (Location & { readonly code: 'undetected_format'; readonly params: { kind: string } })
  | (Location & {
      readonly code: 'missing_any_column';
      readonly params: { fields: readonly string[] };
    })
  | (Location & { readonly code: 'ambiguous_date'; readonly params: { value: string } })
  | (Location & {
      readonly code: 'unknown_field';
      readonly params: { field: string; kind: string };
    })
  | (Location & { readonly code: 'unknown_column'; readonly params: { column: string } })
  /** A sectioned report (Zoom, Teams) lacks a section it needs; `section` names it as written. */
  | (Location & { readonly code: 'missing_section'; readonly params: { section: string } })
  /** An export archive or folder (Slack) lacks a file it needs; `entry` is its path inside. */
  | (Location & { readonly code: 'missing_entry'; readonly params: { entry: string } })
  /** The file's format (`format`, e.g. slack) cannot hold the kind asked for (`kind`). */
  | (Location & {
      readonly code: 'unsupported_kind';
      readonly params: { kind: string; format: string };
    });

/** The issue codes, for catalogues and tests. */
export type IssueCode = Issue['code'];

/** An expected failure is a value: either the result, or every issue found. */
export type Result<T> =
  | {
      readonly ok: true;
      readonly value: T;
      /** Records left out with `--skip-invalid`, and why. */
      readonly skipped?: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps issues as a failed result. */
export function fail<T>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}
