/** Messages of the report namespace (French). */
export const report = {};
