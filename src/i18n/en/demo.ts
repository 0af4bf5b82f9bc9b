import type { demo as fr } from '../fr/demo.js';

/** Messages of the demo namespace (English). */
export const demo: typeof fr = {};
