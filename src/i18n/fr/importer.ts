/** Messages of the importer namespace (French). */
export const importer = {};
