import type { cli as fr } from '../fr/cli.js';

/** Messages of the cli namespace (English). */
export const cli: typeof fr = {};
