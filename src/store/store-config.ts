import { z } from 'zod';

/** The two databases Pouls runs on. */
export type Dialect = 'sqlite' | 'postgres';

/** Where the store lives: one SQLite file (the embedded default) or a PostgreSQL server. */
export const StoreConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sqlite'), path: z.string().min(1) }),
  z.object({ kind: z.literal('postgres'), url: z.string().min(1) }),
]);
export type StoreConfig = z.infer<typeof StoreConfigSchema>;

/** The default SQLite file, in the current folder. */
export const DEFAULT_DB_PATH = './pouls.db';

/**
 * Chooses the store from the command line and the environment, read once at the entry point:
 * `--db PATH` wins, then `DATABASE_URL` (PostgreSQL), then `./pouls.db`.
 */
export function storeConfigFrom(options: {
  db?: string | undefined;
  databaseUrl?: string | undefined;
}): StoreConfig {
  if (options.db) return Object.freeze({ kind: 'sqlite', path: options.db });
  if (options.databaseUrl) return Object.freeze({ kind: 'postgres', url: options.databaseUrl });
  return Object.freeze({ kind: 'sqlite', path: DEFAULT_DB_PATH });
}
