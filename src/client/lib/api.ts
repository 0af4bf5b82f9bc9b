/** An error answer of the Pouls API: `{error: {code, message}}` with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken = '';
let language = 'fr';

/** Remembers the session's CSRF token, sent with every state-changing request. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** The language the API writes its messages in. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly form?: FormData;
  readonly signal?: AbortSignal;
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const json = (await response.json()) as { error?: { code?: string; message?: string } };
    return new ApiError(
      response.status,
      json.error?.code ?? 'http_error',
      json.error?.message ?? response.statusText,
    );
  } catch {
    return new ApiError(response.status, 'http_error', response.statusText);
  }
}

/**
 * Calls the Pouls JSON API under `/api`, with the session cookie, the CSRF header on writes and
 * the reader's language; a non-2xx answer throws an `ApiError`.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? (options.body || options.form ? 'POST' : 'GET');
  const headers: Record<string, string> = {
    'Accept-Language': language,
    Accept: 'application/json',
  };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`/api${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!response.ok) throw await errorOf(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

/** The API path of one community's resource: `/communities/demo/plan`. */
export function communityPath(slug: string, resource = ''): string {
  return `/communities/${encodeURIComponent(slug)}${resource ? `/${resource}` : ''}`;
}
