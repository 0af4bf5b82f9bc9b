import type { Thresholds } from '../diagnosis/rules/thresholds.js';
import { type Lang, translator } from '../i18n/index.js';
import type { Analysis } from '../model/analysis.js';
import { type Formatter, formatter } from './format.js';
import { type ReportLimits, reportLimits } from './indicators.js';

/** Values interpolated into a catalogue sentence (already formatted). */
export type Vars = Record<string, string | number>;

/** What every section builder needs: the analysis, the formatter and the report's messages. */
export interface ReportContext {
  readonly analysis: Analysis;
  readonly lang: Lang;
  readonly fmt: Formatter;
  /** The limits the key figures are coloured with: the community's thresholds. */
  readonly limits: ReportLimits;
  /** A `report:` message with the language's typography applied. */
  t(key: string, vars?: Vars): string;
  /** A message of another namespace (`common:level.core`), typography applied. */
  tn(key: string, vars?: Vars): string;
  /** A counted noun of `report:nouns` in the right plural (`1 membre`, `3 membres`). */
  count(noun: string, n: number): string;
}

/** Builds the context of one report. */
export function reportContext(
  analysis: Analysis,
  lang: Lang,
  thresholds?: Thresholds,
): ReportContext {
  const translate = translator(lang);
  const fmt = formatter(lang);
  const tn = (key: string, vars?: Vars): string => fmt.text(String(translate(key, vars ?? {})));
  const t = (key: string, vars?: Vars) => tn(`report:${key}`, vars);
  const count = (noun: string, n: number) => t(`nouns.${noun}`, { count: n, n: fmt.number(n) });
  return { analysis, lang, fmt, limits: reportLimits(thresholds), tn, t, count };
}
