import type { TFunction } from 'i18next';
import type { Section } from './router.js';

/** The catalogues that name sections: the web app's own, then those of later features. */
const NAMESPACES = ['web', 'webfollow', 'webprivacy'] as const;

/**
 * The title of a community section, from the first catalogue that names it.
 *
 * @example
 * sectionTitle(t, 'audit') // 'Journal d’audit' (from webprivacy)
 */
export function sectionTitle(t: TFunction, section: Section): string {
  return t(NAMESPACES.map((ns) => `${ns}:section.${section}`));
}
