export { analytics } from './analytics.js';
export { cli } from './cli.js';
export { common } from './common.js';
export { demo } from './demo.js';
export { diagnosis } from './diagnosis.js';
export { importer } from './importer.js';
export { report } from './report.js';
export { survey } from './survey.js';
