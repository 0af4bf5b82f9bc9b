/** Survey exports (Google Forms, Microsoft Forms, LimeSurvey, SurveyMonkey) into survey batches. */
export {
  readSurvey,
  readSurveyCsv,
  readSurveyXlsx,
  type SurveyReadOptions,
  surveyFromSheet,
} from './read-survey.js';
export { similarity } from './similarity.js';
export { type SurveyTool, surveyTool } from './survey-tool.js';
