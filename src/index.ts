/**
 * Pouls as a library: the model and its zod schemas (including the `analyze --json` contract,
 * `AnalysisSchema`), the pure analytics, and the use cases the CLI and server call.
 */

export { analyse } from './analytics/analyse.js';
export * from './app/index.js';
export * from './model/index.js';
export { createDb, type Store, type StoreConfig } from './store/index.js';
