export { common } from './common.js';
