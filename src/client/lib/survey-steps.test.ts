import { describe, expect, it } from 'vitest';
import { SURVEY_INSTRUMENT, type SurveyItem } from '../../model/survey-instrument.js';
import { cleanAnswers, consentOf, isAnswered, progressOf, surveySteps } from './survey-steps.js';

const item = (id: string, dimension: SurveyItem['dimension'], type: SurveyItem['type']) =>
  ({ id, dimension, type, text: { fr: id, en: id } }) as SurveyItem;

describe('survey steps', () => {
  it('groups consecutive items of one dimension into a page', () => {
    const steps = surveySteps([
      item('D1', 'domain', 'likert5'),
      item('D2', 'domain', 'likert5'),
      item('C1', 'community', 'likert5'),
      item('D3', 'domain', 'likert5'),
    ]);
    expect(steps.map((s) => s.map((i) => i.id))).toEqual([['D1', 'D2'], ['C1'], ['D3']]);
  });

  it('covers every item of the instrument once', () => {
    const steps = surveySteps(SURVEY_INSTRUMENT.items);
    expect(steps.flat().map((i) => i.id)).toEqual(SURVEY_INSTRUMENT.items.map((i) => i.id));
    expect(steps.length).toBeGreaterThan(5);
  });

  it('counts "don\'t know" as an answer and blanks as none', () => {
    const likert = item('D1', 'domain', 'likert5');
    const multi = item('OBS', 'obstacles', 'multi');
    expect(isAnswered({ D1: null }, likert)).toBe(true);
    expect(isAnswered({}, likert)).toBe(false);
    expect(isAnswered({ OBS: [] }, multi)).toBe(false);
    expect(progressOf({ D1: 4, OBS: ['time'] }, [likert, multi])).toBe(1);
    expect(progressOf({ D1: 4 }, [likert, multi])).toBe(0.5);
  });

  it('reads consent from the consent items and drops blanks before sending', () => {
    expect(consentOf({ CONSENT_QUOTE: 'yes', CONSENT_ID: 'no' })).toEqual({
      quotes: true,
      identified: false,
    });
    expect(consentOf({})).toEqual({ quotes: false, identified: false });
    expect(
      cleanAnswers({ STORY: '  ', NET: [{ name: '' }, { name: 'Ana' }], OBS: [], D1: null }),
    ).toEqual({ NET: [{ name: 'Ana' }], D1: null });
  });
});
