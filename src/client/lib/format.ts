import type { Lang } from '../../i18n/lang.js';

const LOCALES: Record<Lang, string> = { fr: 'fr-CA', en: 'en-CA' };

/** A number with at most `digits` decimals, in the reader's language (`1 234,5` / `1,234.5`). */
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
}

/** A share (0–1) as a percentage (`42 %` / `42%`); `null` reads as not available. */
export function formatPercent(lang: Lang, share: number | null, digits = 0): string {
  if (share === null) return lang === 'fr' ? 'n. d.' : 'n/a';
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(share);
}

/** An ISO date as `12 mars 2024` / `Mar 12, 2024`, read in UTC so the day never shifts. */
export function formatDate(lang: Lang, iso: string): string {
  const day = /^\d{4}-\d{2}$/.test(iso) ? `${iso}-01` : iso.slice(0, 10);
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A `YYYY-MM` month abbreviated for chart axes (`mars 24` / `Mar 24`). */
export function formatMonth(lang: Lang, month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    year: '2-digit',
    month: 'short',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * French typography in a catalogue sentence: a no-break space before « : » and « % » and inside
 * « », a narrow one before « ; ! ? », so that a sign never starts a line (as the report does).
 * English text is returned unchanged.
 */
export function typeset(lang: Lang, text: string): string {
  if (lang !== 'fr') return text;
  return text
    .replace(/[ \u00a0\u202f]+:/g, '\u00a0:')
    .replace(/[ \u00a0\u202f]+([;!?])/g, '\u202f$1')
    .replace(/(\d)[ \u00a0\u202f]*%/g, '$1\u00a0%')
    .replace(/«[ \u00a0\u202f]*/g, '«\u00a0')
    .replace(/[ \u00a0\u202f]*»/g, '\u00a0»');
}
