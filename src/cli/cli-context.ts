import type { Translate } from '../i18n/index.js';
import type { Lang } from '../i18n/lang.js';
import type { Store, StoreConfig } from '../store/index.js';

/** What the CLI reads from and writes to: given by the entry point, replaced in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The environment, read once here and nowhere below. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Today's ISO date, from the clock of the entry point. */
  readonly today: string;
  /** Whether stderr is a terminal (progress bars are drawn only then). */
  readonly isTTY?: boolean;
  /** The clock of the entry point, for long-running commands (`pouls serve`). */
  readonly now?: () => Date;
  /** Reads all of standard input (`--password-stdin`). */
  readonly readStdin?: () => Promise<string>;
  /** The operating-system user running the command, for the audit log's actor. */
  readonly user?: string;
}

/** Everything a command needs: its I/O, the interface language and how to open the store. */
export interface CliContext {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly t: Translate;
  /** Opens the store chosen by `--db` or `DATABASE_URL`, runs `work`, and closes it. */
  withStore<T>(db: string | undefined, work: (store: Store) => Promise<T>): Promise<T>;
  /** Where the store is (`--db`, `DATABASE_URL` or ./pouls.db), without opening it. */
  storeConfig(db: string | undefined): Promise<StoreConfig>;
  /** Who acts (`cli:<user>`) and when, for the audit log. */
  readonly audit: { readonly actor: string; readonly at: string };
}

/**
 * Builds the context of one CLI run. The store (Kysely, the SQLite and PostgreSQL drivers) is
 * loaded on first use, so that `--help` and usage errors do not pay for it.
 */
export function createCliContext(io: CliIo, lang: Lang, t: Translate): CliContext {
  return {
    io,
    lang,
    t,
    async storeConfig(db) {
      const { storeConfigFrom } = await import('../store/index.js');
      return storeConfigFrom({ db, databaseUrl: io.env.DATABASE_URL });
    },
    audit: Object.freeze({
      actor: `cli:${io.user ?? 'unknown'}`,
      at: io.now ? io.now().toISOString() : `${io.today}T00:00:00.000Z`,
    }),
    async withStore(db, work) {
      const { createDb, storeConfigFrom } = await import('../store/index.js');
      const store = await createDb(storeConfigFrom({ db, databaseUrl: io.env.DATABASE_URL }));
      try {
        return await work(store);
      } finally {
        await store.close();
      }
    },
  };
}
