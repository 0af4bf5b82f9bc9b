import { useLang } from '../lib/i18n.js';

/** One button to switch between French and English; the choice is kept in localStorage. */
export function LangToggle() {
  const { lang, setLang, t } = useLang();
  const other = lang === 'fr' ? 'en' : 'fr';
  return (
    <button
      type="button"
      className="lang-toggle"
      lang={other}
      onClick={() => setLang(other)}
      aria-label={t('web:lang.switchLabel')}
    >
      {t('web:lang.switch')}
    </button>
  );
}
