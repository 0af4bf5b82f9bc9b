import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { PoulsError } from '../../model/pouls-error.js';
import type { CliContext } from '../cli-context.js';
import { parsePositiveInt } from '../parse-options.js';

interface ServeCliOptions {
  port: number;
  host?: boolean;
  trustProxy?: boolean;
}

/** The built client next to the compiled CLI (`dist/client`), when it exists. */
function clientDir(): string | undefined {
  const dir = fileURLToPath(new URL('../../client/', import.meta.url));
  return existsSync(`${dir}index.html`) ? dir : undefined;
}

function packageVersion(): string {
  try {
    const path = fileURLToPath(new URL('../../../package.json', import.meta.url));
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** Resolves when the process is asked to stop (Ctrl+C, systemd's SIGTERM). */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** `pouls serve [--port PORT] [--host] [--trust-proxy]`: the web app, until stopped. */
export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description(ctx.t('server:command.serve'))
    .option('--port <port>', ctx.t('server:option.port'), parsePositiveInt, 3000)
    .option('--host', ctx.t('server:option.host'))
    .option('--trust-proxy', ctx.t('server:option.trustProxy'))
    .action(async (options: ServeCliOptions) => {
      const now = ctx.io.now;
      if (!now) throw new PoulsError('internal', 'serve needs the clock of the entry point');
      const { serverConfig, startServer } = await import('../../server/index.js');
      await ctx.withStore(program.opts<{ db?: string }>().db, async (store) => {
        const server = await startServer({
          store,
          clock: { now },
          config: serverConfig({
            version: packageVersion(),
            trustProxy: Boolean(options.trustProxy),
            clientDir: clientDir(),
          }),
          port: options.port,
          hostname: options.host ? '0.0.0.0' : '127.0.0.1',
          log: (line) => ctx.io.stderr(`${line}\n`),
        });
        ctx.io.stdout(`${ctx.t('server:serve.listening', { url: server.url })}\n`);
        await stopSignal();
        await server.close();
        ctx.io.stdout(`${ctx.t('server:serve.stopped')}\n`);
      });
    });
}
