import type { report as fr } from '../fr/report.js';

/** Messages of the report namespace (English). */
export const report: typeof fr = {};
