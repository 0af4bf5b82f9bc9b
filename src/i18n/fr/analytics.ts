/** Messages of the analytics namespace (French). */
export const analytics = {};
