import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error answered to the client as `{error: {code, message}}` with an HTTP status; the message
 * is `server:error.<code>` in the request's language, filled with `params`.
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    params: Record<string, string | number> = {},
    headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.params = params;
    this.headers = headers;
  }
}

/** 400 with a short, non-personal description of what was wrong. */
export const badInput = (detail: string) => new ApiError(400, 'bad_input', { detail });
