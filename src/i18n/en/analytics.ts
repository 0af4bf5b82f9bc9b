import type { analytics as fr } from '../fr/analytics.js';

/** Messages of the analytics namespace (English). */
export const analytics: typeof fr = {};
