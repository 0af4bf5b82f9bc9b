/** Messages of the cli namespace (French). */
export const cli = {};
