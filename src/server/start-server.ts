import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Clock } from '../app/clock.js';
import type { Store } from '../store/index.js';
import type { ServerConfig } from './config.js';
import { createApp } from './create-app.js';

/** A listening server: its URL and how to stop it. */
export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the app over HTTP on `hostname:port` (port 0 picks a free one) until `close`. HTTPS is
 * the reverse proxy's job (docs/deploy.md); run with `trustProxy` behind it.
 */
export function startServer(options: {
  store: Store;
  clock: Clock;
  config: ServerConfig;
  port: number;
  hostname: string;
  log?: (line: string) => void;
}): Promise<RunningServer> {
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.hostname },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
