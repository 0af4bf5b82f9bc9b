import type { Lang } from '../i18n/lang.js';

/** No-break space (U+00A0), used before « : » and « % » and inside « » in French. */
export const NBSP = '\u00a0';
/** Narrow no-break space (U+202F), the « espace fine » before « ; ! ? » in French. */
export const NNBSP = '\u202f';

const LOCALES: Record<Lang, string> = { fr: 'fr-CA', en: 'en-CA' };

/** Numbers, percentages and dates written the way a reader of `lang` expects. */
export interface Formatter {
  readonly lang: Lang;
  /** A number with at most `digits` decimals (0 by default): `1 234,5` / `1,234.5`. */
  number(value: number, digits?: number): string;
  /** A share (0–1) as a percentage: `42 %` / `42%`. */
  percent(share: number, digits?: number): string;
  /** An ISO date (`2024-03-12` or a full timestamp) as `12 mars 2024` / `March 12, 2024`. */
  date(iso: string): string;
  /** A `YYYY-MM` month as `mars 2024` / `March 2024`. */
  month(month: string): string;
  /** A `YYYY-MM` month abbreviated for chart axes: `mars 24` / `Mar 24`. */
  shortMonth(month: string): string;
  /** Applies the language's typography to a sentence (French spaces; English unchanged). */
  text(value: string): string;
}

function utcDate(iso: string): Date {
  const day = /^\d{4}-\d{2}$/.test(iso) ? `${iso}-01` : iso.slice(0, 10);
  return new Date(`${day}T00:00:00Z`);
}

/**
 * French typography (Office québécois de la langue française): a no-break space before « : »
 * and « % », a narrow no-break space before « ; ! ? », no-break spaces inside « ». Only an
 * existing space is replaced before « : ; ! ? », so times (10:30) and addresses are kept.
 *
 * @example
 * frenchTypography('Note : « oui » !') // 'Note\u00a0: «\u00a0oui\u00a0»\u202f!'
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/(\d)[ \u00a0\u202f]*%/g, `$1${NBSP}%`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`);
}

/**
 * Returns the formatter of a language: French (Québec) with `Intl` `fr-CA`, English `en-CA`.
 *
 * @example
 * formatter('fr').percent(0.42) // '42\u00a0%'
 * formatter('en').date('2024-03-12') // 'March 12, 2024'
 */
export function formatter(lang: Lang): Formatter {
  const locale = LOCALES[lang];
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number): Intl.NumberFormat => {
    const cached = numbers.get(digits);
    if (cached) return cached;
    const created = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    numbers.set(digits, created);
    return created;
  };
  const longDate = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const longMonth = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const shortMonth = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
  const percentSign = lang === 'fr' ? `${NBSP}%` : '%';
  return {
    lang,
    number: (value, digits = 0) => numberFormat(digits).format(value),
    percent: (share, digits = 0) => `${numberFormat(digits).format(share * 100)}${percentSign}`,
    date: (iso) => {
      const date = utcDate(iso);
      const text = longDate.format(date);
      // In French the first day of the month is written « 1er ».
      return lang === 'fr' && date.getUTCDate() === 1 ? text.replace(/^1 /, '1er ') : text;
    },
    month: (month) => longMonth.format(utcDate(month)),
    shortMonth: (month) => shortMonth.format(utcDate(month)),
    text: (value) => (lang === 'fr' ? frenchTypography(value) : value),
  };
}
