import { translator } from '../i18n/index.js';
import type { Lang } from '../i18n/lang.js';
import { SURVEY_INSTRUMENT } from '../model/survey-instrument.js';
import type { Reason, Recommendation } from './recommendation.js';

/** The label of a survey need (`NEEDS` option id) in a language. */
export function needLabel(need: string, lang: Lang): string {
  const item = SURVEY_INSTRUMENT.items.find((i) => i.id === 'NEEDS');
  return item?.options?.find((o) => o.id === need)?.text[lang] ?? need;
}

/** One reason in plain words (`connect:reason.<code>`). */
export function reasonText(reason: Reason, lang: Lang): string {
  const t = translator(lang);
  const params =
    reason.code === 'canAnswer'
      ? { ...reason.params, need: needLabel(String(reason.params.need), lang) }
      : reason.params;
  return String(t(`connect:reason.${reason.code}`, params));
}

/** The reasons of a recommendation joined in one sentence. */
export function reasonsText(recommendation: Recommendation, lang: Lang): string {
  return recommendation.reasons.map((r) => reasonText(r, lang)).join(' ; ');
}
