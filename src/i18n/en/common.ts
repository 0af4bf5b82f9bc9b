import type { common as fr } from '../fr/common.js';

/** Shared words (English). */
export const common: typeof fr = {
  level: {
    core: 'core',
    active: 'active',
    occasional: 'occasional',
    peripheral: 'peripheral',
    inactive: 'inactive',
  },
  stage: {
    potential: 'potential',
    coalescing: 'coalescing',
    maturing: 'maturing',
    stewardship: 'stewardship',
    transformation: 'transformation',
  },
};
