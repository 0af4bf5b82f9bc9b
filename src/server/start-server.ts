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
 * Serves the app over HTTP on `hostname:port` (port 0 picks a free one) until `close`, which
 * stops accepting connections and waits for the requests being answered. HTTPS is the reverse
 * proxy's job; run with `trustProxy` behind it.
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
  // Requests being answered: closing waits for them, so none meets a closed store.
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const fetch = async (request: Request, env: unknown): Promise<Response> => {
    inFlight++;
    try {
      return await app.fetch(request, env);
    } finally {
      inFlight--;
      if (inFlight === 0) drained?.();
    }
  };
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch, port: options.port, hostname: options.hostname },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: async () => {
            const closed = new Promise<void>((done) => server.close(() => done()));
            if ('closeIdleConnections' in server) server.closeIdleConnections();
            if (inFlight > 0) {
              await new Promise<void>((done) => {
                drained = done;
              });
            }
            if ('closeAllConnections' in server) server.closeAllConnections();
            await closed;
          },
        });
      },
    );
    server.once('error', reject);
  });
}
