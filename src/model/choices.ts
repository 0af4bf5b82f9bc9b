/*
 * Closed lists of the domain, with no dependency: the command line parses options with them
 * before any command runs, without loading the importers or the store.
 */

/** The kinds of records a native or source file can hold (product.md §3.1, §5). */
export const IMPORT_KINDS = [
  'members',
  'events',
  'attendance',
  'messages',
  'contributions',
  'ties',
] as const;

/** One kind of records to import. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The uses a member consents to, one by one (Law 25: consent is specific to each purpose). */
export const CONSENT_USES = [
  'directory',
  'quotes',
  'identified_survey',
  'recommendations',
] as const;

/** One use a member can grant or decline. */
export type ConsentUse = (typeof CONSENT_USES)[number];
