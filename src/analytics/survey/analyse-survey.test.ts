import { describe, expect, it } from 'vitest';
import type { SurveyResponse } from '../../model/survey.js';
import { SURVEY_INSTRUMENT } from '../../model/survey-instrument.js';
import { analyseSurvey } from './analyse-survey.js';

function response(id: number, answers: SurveyResponse['answers']): SurveyResponse {
  return {
    id: String(id),
    respondent: null,
    submittedAt: null,
    consent: { quotes: true, identified: false },
    answers,
  };
}

// Ten answers to VI: 5,4,4,3,2,5,1,4,3,5 → mean 36/10 = 3.6, top-2-box 6/10 = 0.6.
const VI = [5, 4, 4, 3, 2, 5, 1, 4, 3, 5];
const responses = VI.map((v, i) =>
  response(i, { VI: v, D1: 4, D2: i < 7 ? 5 : 2, OBS: i < 4 ? ['time'] : ['tools'], HOURS: i }),
);

describe('analyseSurvey', () => {
  const result = analyseSurvey(responses, SURVEY_INSTRUMENT, { members: 40 });

  it('gives the response rate and the item mean and top-2-box', () => {
    expect(result.responseRate).toBe(0.25);
    expect(result.items.find((i) => i.id === 'VI')).toMatchObject({ n: 10, mean: 3.6, top2: 0.6 });
  });

  it('computes D1 as agreeing with both clarity and relevance', () => {
    expect(result.domainClarity).toBe(0.7);
  });

  it('ranks obstacles with their frein', () => {
    expect(result.obstacles[0]).toMatchObject({ option: 'tools', n: 6, share: 0.6, frein: 'F8' });
    expect(result.hoursPerMonth).toEqual({ median: 4.5, n: 10 });
  });

  it('withholds every figure under 5 respondents', () => {
    const small = analyseSurvey(responses.slice(0, 4), SURVEY_INSTRUMENT, { members: 40 });
    expect(small.respondents).toBe(4);
    expect(small.items.every((i) => i.mean === null && i.distribution.length === 0)).toBe(true);
    expect(small.dimensions.every((d) => d.score === null)).toBe(true);
    expect(small.needs).toEqual([]);
  });
});
