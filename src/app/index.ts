export * from './analyse-community.js';
export * from './diagnose-community.js';
export * from './identities.js';
export * from './import-file.js';
export * from './import-survey.js';
export * from './make-report.js';
export * from './resolve-community.js';
export * from './run-demo.js';
