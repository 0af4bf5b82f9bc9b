/** Messages of the importSpeed namespace (English): how `pouls import` uses the machine. */
export const importSpeed = {
  option: {
    threads:
      'threads for large streamed CSV files: 2 reads in a worker thread while the main thread writes, 1 does everything on one thread (default: 2 when a core is free)',
  },
};
