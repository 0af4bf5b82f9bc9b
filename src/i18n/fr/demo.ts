/** Messages of the demo namespace (French). */
export const demo = {};
