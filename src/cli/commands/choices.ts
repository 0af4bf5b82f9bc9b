import type { ImportKind } from '../../import/importer.js';
import type { ConsentUse } from '../../store/index.js';

/*
 * Closed lists the CLI needs while it parses options, before any command runs. They are
 * written here rather than imported from the modules that own them (src/import, src/app),
 * so that `pouls --help` and option parsing load neither the importers nor the store.
 * The `Record<Union, true>` types make the compiler reject a missing or unknown entry;
 * choices.test.ts checks that the order matches the owners' lists too.
 */

const RECORD_KINDS: Record<ImportKind, true> = {
  members: true,
  events: true,
  attendance: true,
  messages: true,
  contributions: true,
  ties: true,
};

const USES: Record<ConsentUse, true> = {
  directory: true,
  quotes: true,
  identified_survey: true,
  recommendations: true,
};

/** The kinds of records `pouls import` takes, as `IMPORT_KINDS` of src/import lists them. */
export const CLI_IMPORT_KINDS = Object.freeze(Object.keys(RECORD_KINDS) as ImportKind[]);

/** The uses a member can grant or decline, as `CONSENT_USES` of src/app lists them. */
export const CLI_CONSENT_USES = Object.freeze(Object.keys(USES) as ConsentUse[]);
