import i18next, { type TFunction } from 'i18next';
import * as en from './en/index.js';
import * as fr from './fr/index.js';
import type { Lang } from './lang.js';

export * from './lang.js';

/** A translation function bound to one language. */
export type Translate = TFunction;

const cache = new Map<Lang, Translate>();

/**
 * Returns the translation function for a language, with every namespace of the catalogues
 * (`src/i18n/<lang>/<namespace>.ts`). Keys are `namespace:path.to.key`.
 *
 * @example
 * translator('fr')('common:level.core') // 'noyau'
 */
export function translator(lang: Lang): Translate {
  const cached = cache.get(lang);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'fr',
    resources: { fr: { ...fr }, en: { ...en } },
    ns: Object.keys(fr),
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t = instance.t.bind(instance) as Translate;
  cache.set(lang, t);
  return t;
}
