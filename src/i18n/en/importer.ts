import type { importer as fr } from '../fr/importer.js';

/** Messages of the importer namespace (English). */
export const importer: typeof fr = {};
