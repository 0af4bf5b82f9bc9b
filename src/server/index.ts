export * from './config.js';
export * from './create-app.js';
export * from './start-server.js';
