import type { survey as fr } from '../fr/survey.js';

/** Messages of the survey namespace (English). */
export const survey: typeof fr = {
  status: 'Adapted instrument, not validated',
  responseRate: 'Response rate',
  respondents: 'Respondents',
  top2: 'Agreeing (4–5)',
  alpha: 'Cronbach’s alpha',
  suppressed: 'Hidden (fewer than {{min}} people)',
  dontKnow: 'Don’t know',
  segment: { level: 'Participation level', region: 'Region', orgType: 'Organisation type' },
  dimension: {
    domain: 'Domain',
    community: 'Community',
    practice: 'Practice',
    animation: 'Animation',
    value: 'Value',
  },
  themes: 'Story themes',
};
