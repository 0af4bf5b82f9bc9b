/** Codes of unexpected failures; each maps to one CLI exit code and one HTTP status. */
export type PoulsErrorCode =
  | 'usage'
  | 'bad_input'
  | 'not_found'
  | 'ambiguous_community'
  | 'internal';

/**
 * The one error type for failures that are not plain data: turned into an exit code in one
 * place of the CLI and into an HTTP response in one place of the server.
 */
export class PoulsError extends Error {
  readonly code: PoulsErrorCode;
  /** Values for the i18n message `error.<code>`. */
  readonly params: Readonly<Record<string, string | number>>;

  constructor(
    code: PoulsErrorCode,
    message: string,
    options: { cause?: unknown; params?: Record<string, string | number> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'PoulsError';
    this.code = code;
    this.params = options.params ?? {};
  }
}
