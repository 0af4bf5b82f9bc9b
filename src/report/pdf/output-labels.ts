import { report as en } from '../../i18n/en/report.js';
import { report as fr } from '../../i18n/fr/report.js';
import type { Lang } from '../../i18n/lang.js';
import { formatter } from '../format.js';

/** Words the file renderers (PDF, DOCX, PPTX) print around the report's content. */
export type OutputLabels = typeof fr.output & {
  status: typeof fr.status;
};

/**
 * The PDF, DOCX and PPTX labels of a language (`report:output` and `report:status`), with the
 * language's typography applied (no-break spaces before French high punctuation).
 *
 * @example
 * outputLabels('fr').nextSteps // 'Prochaines étapes'
 */
export function outputLabels(lang: Lang): OutputLabels {
  const catalogue = lang === 'en' ? en : fr;
  const { text } = formatter(lang);
  const output = catalogue.output;
  return {
    page: text(output.page),
    of: text(output.of),
    agenda: text(output.agenda),
    keyMessages: text(output.keyMessages),
    nextSteps: text(output.nextSteps),
    nextStepsItems: output.nextStepsItems.map(text),
    discussion: text(output.discussion),
    tocHint: text(output.tocHint),
    logo: text(output.logo),
    threshold: text(output.threshold),
    source: text(output.source),
    status: catalogue.status,
  };
}
