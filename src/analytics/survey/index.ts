/** The member survey's analysis (product.md §3.2): pure functions of responses and instrument. */
export { analyseSurvey, declaredProfile, type SurveyContext } from './analyse-survey.js';
export { cronbachAlpha, sampleVariance } from './cronbach-alpha.js';
export { likertStats } from './item-stats.js';
export { type RespondentProfile, SUPPRESSED_GROUP, segmentsBy } from './segments.js';
export { stem } from './stem.js';
export { suppressGroups } from './suppress-groups.js';
export { surveyContext } from './survey-context.js';
export { themes } from './themes.js';
