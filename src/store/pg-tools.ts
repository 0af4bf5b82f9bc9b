import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PoulsError } from '../model/pouls-error.js';

const run = promisify(execFile);

/** Where Debian puts PostgreSQL's client tools when they are not on the PATH. */
const DEBIAN_ROOT = '/usr/lib/postgresql';

/**
 * The path of one of PostgreSQL's own tools (`pg_dump`, `pg_restore`, `psql`): on the PATH, or
 * in Debian's `/usr/lib/postgresql/<version>/bin` (newest first).
 */
export async function findPgTool(name: 'pg_dump' | 'pg_restore' | 'psql'): Promise<string> {
  const onPath = await run(name, ['--version']).then(
    () => name,
    () => undefined,
  );
  if (onPath) return onPath;
  const versions = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT).sort((a, b) => Number(b) - Number(a))
    : [];
  const found = versions.map((v) => join(DEBIAN_ROOT, v, 'bin', name)).find(existsSync);
  if (found) return found;
  throw new PoulsError('bad_input', `${name} not found`, {
    params: { key: 'privacy:error.pgToolMissing', tool: name },
  });
}

/** Runs a PostgreSQL tool and returns its standard output; its own message on failure. */
export async function runPgTool(tool: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, [...args], { maxBuffer: 1024 ** 3 });
    return stdout;
  } catch (cause) {
    const detail = String((cause as { stderr?: unknown }).stderr ?? cause).trim();
    throw new PoulsError('bad_input', `${tool} failed: ${detail}`, {
      cause,
      params: { key: 'privacy:error.pgToolFailed', tool, detail },
    });
  }
}

/** Pipes the standard output of one tool into another, failing if either fails. */
export async function pipePgTools(
  from: { tool: string; args: readonly string[] },
  to: { tool: string; args: readonly string[] },
): Promise<void> {
  const source = spawn(from.tool, [...from.args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const sink = spawn(to.tool, [...to.args], { stdio: ['pipe', 'pipe', 'pipe'] });
  source.stdout.pipe(sink.stdin);
  const errors: string[] = [];
  source.stderr.on('data', (d: Buffer) => errors.push(d.toString()));
  sink.stderr.on('data', (d: Buffer) => errors.push(d.toString()));
  sink.stdout.resume();
  const exit = (child: ReturnType<typeof spawn>) =>
    new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? 1));
    });
  const [a, b] = await Promise.all([exit(source), exit(sink)]);
  if (a !== 0 || b !== 0) {
    const detail = errors.join('').trim();
    throw new PoulsError('bad_input', `restore failed: ${detail}`, {
      params: { key: 'privacy:error.pgToolFailed', tool: a !== 0 ? from.tool : to.tool, detail },
    });
  }
}
