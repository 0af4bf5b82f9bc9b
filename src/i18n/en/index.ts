export { analytics } from './analytics.js';
export { cli } from './cli.js';
export { common } from './common.js';
export { demo } from './demo.js';
export { importer } from './importer.js';
export { report } from './report.js';
