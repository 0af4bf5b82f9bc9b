import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

/** Tables the sweep leaves alone: people's own rows are handled one by one, migrations hold none. */
const SKIPPED = new Set([
  'members',
  'identities',
  'pouls_migrations',
  'pouls_migrations_lock',
  'sqlite_sequence',
]);

/**
 * Replaces, in every text column of every table (including those added by later migrations),
 * each value `redact` changes. Rows are found with a case-insensitive LIKE on each term, then
 * rewritten by value, so that tables without a primary key are covered too.
 */
export async function sweepText(
  db: Kysely<Database>,
  terms: readonly string[],
  redact: (text: string) => string,
): Promise<number> {
  if (terms.length === 0) return 0;
  const tables = await db.introspection.getTables();
  let changed = 0;
  for (const table of tables) {
    if (SKIPPED.has(table.name) || table.isView) continue;
    const columns = table.columns.filter((c) => /char|text|clob|json/i.test(c.dataType));
    for (const column of columns) {
      const col = sql.ref(column.name);
      const rows = await sql<{ value: string }>`select distinct ${col} as value from ${sql.table(
        table.name,
      )} where ${sql.join(
        terms.map((t) => sql`lower(cast(${col} as text)) like ${`%${t.toLowerCase()}%`}`),
        sql` or `,
      )}`.execute(db);
      for (const { value } of rows.rows) {
        if (typeof value !== 'string') continue;
        const next = redact(value);
        if (next === value) continue;
        await sql`update ${sql.table(table.name)} set ${col} = ${next} where ${col} = ${value}`.execute(
          db,
        );
        changed++;
      }
    }
  }
  return changed;
}
