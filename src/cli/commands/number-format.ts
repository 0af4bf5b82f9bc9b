import type { Lang } from '../../i18n/lang.js';

/** Number formats of the CLI's text output, in the interface language. */
export interface NumberFormat {
  /** A number with at most `digits` decimals; `—` for null. */
  num(x: number | null, digits?: number): string;
  /** A share as a percentage; `—` for null. */
  pct(x: number | null): string;
  /** A change with its sign (`+0,03`, `−2`); `—` for null. */
  signed(x: number | null, digits?: number): string;
}

/** The number formats of one language (fr-CA or en-CA). */
export function numberFormat(lang: Lang): NumberFormat {
  const locale = lang === 'fr' ? 'fr-CA' : 'en-CA';
  const num = (x: number | null, digits = 2) =>
    x === null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(x);
  return {
    num,
    pct: (x) =>
      x === null
        ? '—'
        : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x),
    signed: (x, digits = 2) =>
      x === null
        ? '—'
        : new Intl.NumberFormat(locale, {
            maximumFractionDigits: digits,
            signDisplay: 'exceptZero',
          }).format(x),
  };
}
