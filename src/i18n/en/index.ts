export { common } from './common.js';
export { report } from './report.js';
export { importer } from './importer.js';
export { cli } from './cli.js';
export { analytics } from './analytics.js';
export { demo } from './demo.js';
