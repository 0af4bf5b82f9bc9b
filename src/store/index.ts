export * from './community-repository.js';
export * from './create-db.js';
export * from './judgement-repository.js';
export * from './load-dataset.js';
export * from './merge-members.js';
export * from './store-config.js';
export * from './survey-repository.js';
export * from './write-batch.js';
