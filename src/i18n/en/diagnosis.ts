import type { diagnosis as fr } from '../fr/diagnosis.js';

/** Messages of the diagnosis namespace (English). */
export const diagnosis: typeof fr = {
  kind: { frein: 'Obstacle', levier: 'Lever', besoin: 'Need', constat: 'Observation' },
  status: { green: 'healthy', amber: 'watch', red: 'act', unknown: 'unknown' },
  source: { activity: 'activity', network: 'network', survey: 'survey', steward: 'declared' },
  evidence: { S: 'sourced', B: 'background', E: 'our estimate' },
  judgement: { confirmed: 'confirmed', dismissed: 'dismissed' },
  confidence: 'Confidence: {{value}}',
  severity: { '1': 'minor', '2': 'moderate', '3': 'major' },
  stageSuggestion: 'Suggested stage, for the steward to confirm',
  noSurvey: 'Without a survey, perceived value and needs remain to be documented.',
};
