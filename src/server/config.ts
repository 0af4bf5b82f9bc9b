/** How the web server behaves; every field has a safe default. */
export interface ServerConfig {
  /** Reported by `GET /api/health`. */
  readonly version: string;
  /** Trust `X-Forwarded-For` / `X-Forwarded-Proto` (only behind a reverse proxy). */
  readonly trustProxy: boolean;
  /** Largest upload accepted by the imports route, in bytes. */
  readonly maxUploadBytes: number;
  /** How long a session lasts after sign-in. */
  readonly sessionTtlHours: number;
  /** Sign-in attempts allowed per IP and email in a window, and per IP alone. */
  readonly login: { readonly perEmail: number; readonly perIp: number; readonly windowMs: number };
  /** The folder of the built client (`dist/client`); absent: a page says it is not built. */
  readonly clientDir?: string | undefined;
  /** The site's public origin (`https://pouls.example.org`), for survey links; else the request's. */
  readonly publicOrigin?: string | undefined;
}

/** The default configuration, with some fields replaced. */
export function serverConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    version: '0.0.0',
    trustProxy: false,
    maxUploadBytes: 50 * 1024 * 1024,
    sessionTtlHours: 12,
    login: { perEmail: 5, perIp: 50, windowMs: 60_000 },
    ...overrides,
  };
}
