export * from './community-repository.js';
export * from './create-db.js';
export * from './load-dataset.js';
export * from './merge-members.js';
export * from './store-config.js';
export * from './write-batch.js';
