/**
 * Following a community over time (product.md §3.6): snapshots and their comparison, the
 * before/after reading of an action, and the accompaniment log. Pure.
 */
export * from './accompaniment-log.js';
export * from './action-effect.js';
export * from './compare-snapshots.js';
export * from './comparison-schema.js';
export * from './indicator-changes.js';
export * from './log-summary.js';
export * from './months-between.js';
export * from './snapshot.js';
export * from './target-standings.js';
