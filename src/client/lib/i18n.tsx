import i18next, { type TFunction } from 'i18next';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import * as en from '../../i18n/en/index.js';
import * as fr from '../../i18n/fr/index.js';
import { isLang, type Lang } from '../../i18n/lang.js';

/** Where the reader's language choice is kept between visits. */
export const LANG_KEY = 'pouls.lang';

const instance = i18next.createInstance();
void instance.init({
  lng: 'fr',
  fallbackLng: 'fr',
  resources: { fr: { ...fr }, en: { ...en } },
  ns: Object.keys(fr),
  defaultNS: 'web',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The translation function of one language, over the same catalogues as the CLI and report. */
export function translatorFor(lang: Lang): TFunction {
  return instance.getFixedT(lang);
}

/** The saved language, or French (Pouls speaks French first). */
export function savedLang(storage: Pick<Storage, 'getItem'> | undefined): Lang {
  const value = storage?.getItem(LANG_KEY) ?? '';
  return isLang(value) ? value : 'fr';
}

interface LangState {
  readonly lang: Lang;
  readonly t: TFunction;
  setLang(lang: Lang): void;
}

const LangContext = createContext<LangState>({
  lang: 'fr',
  t: translatorFor('fr'),
  setLang: () => {},
});

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Provides the language, kept in localStorage and written on `<html lang>`. */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setState] = useState<Lang>(() => {
    const chosen = savedLang(storage());
    document.documentElement.lang = chosen;
    return chosen;
  });
  const setLang = useCallback((next: Lang) => {
    storage()?.setItem(LANG_KEY, next);
    document.documentElement.lang = next;
    setState(next);
  }, []);
  const value = useMemo(() => ({ lang, t: translatorFor(lang), setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

/** The current language, its translation function and the way to change it. */
export function useLang(): LangState {
  return useContext(LangContext);
}
