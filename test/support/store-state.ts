import { createHash } from 'node:crypto';
import SQLite from 'better-sqlite3';
import pg from 'pg';

/** Left out of a state: when migrations ran. */
const LEFT_OUT = new Set(['pouls_migrations', 'pouls_migrations_lock']);

/**
 * Columns left out of a state: when an audit line was written (the clock of the run). The line
 * itself counts: an import writes it in its own transaction, so it is there exactly when the
 * data are.
 */
const isClock = (table: string, column: string): boolean =>
  table === 'audit_log' && column === 'at';

/** The state of a SQLite store: rows per table and one hash of every row, in a stable order. */
export function sqliteState(path: string): {
  counts: Record<string, number>;
  hash: string;
  integrity: string;
} {
  const db = new SQLite(path);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const tables = (
      db.prepare("select name from sqlite_master where type = 'table' order by name").all() as {
        name: string;
      }[]
    )
      .map((t) => t.name)
      .filter((t) => !LEFT_OUT.has(t));
    const hash = createHash('sha256');
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const columns = (db.prepare(`pragma table_info("${table}")`).all() as { name: string }[])
        .filter((c) => !isClock(table, c.name))
        .map((c) => `"${c.name}"`)
        .join(', ');
      const rows = db.prepare(`select ${columns} from "${table}" order by ${columns}`).raw().all();
      counts[table] = rows.length;
      hash.update(`${table}\n${JSON.stringify(rows)}\n`);
    }
    return { counts, hash: hash.digest('hex'), integrity };
  } finally {
    db.close();
  }
}

/** The same for a PostgreSQL database (public schema), ids included. */
export async function postgresState(
  url: string,
): Promise<{ counts: Record<string, number>; hash: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (
      await client.query<{ table_name: string }>(
        "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
      )
    ).rows
      .map((r) => r.table_name)
      .filter((t) => !LEFT_OUT.has(t));
    const hash = createHash('sha256');
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const columns = (
        await client.query<{ column_name: string }>(
          'select column_name from information_schema.columns where table_name = $1 order by ordinal_position',
          [table],
        )
      ).rows
        .filter((c) => !isClock(table, c.column_name))
        .map((c) => `"${c.column_name}"`)
        .join(', ');
      const rows = (
        await client.query({
          text: `select ${columns} from "${table}" order by ${columns}`,
          rowMode: 'array',
        })
      ).rows;
      counts[table] = rows.length;
      hash.update(`${table}\n${JSON.stringify(rows)}\n`);
    }
    return { counts, hash: hash.digest('hex') };
  } finally {
    await client.end();
  }
}
