/** The languages Pouls speaks; French first. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Tells whether a string names a supported language. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
