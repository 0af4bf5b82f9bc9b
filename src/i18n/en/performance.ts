import type { performance as fr } from '../fr/performance.js';

/** Messages of the performance namespace (English): options that tune the use of the machine. */
export const performance: typeof fr = {
  option: {
    threads:
      'threads for reading the messages and the betweenness of large communities (default: the available cores; 1 = no worker thread)',
  },
};
