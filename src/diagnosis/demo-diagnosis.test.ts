import { describe, expect, it } from 'vitest';
import { analyse } from '../analytics/analyse.js';
import { demoDataset } from '../demo/demo-dataset.js';
import { DEMO_AS_OF, generateDemo } from '../demo/generate-demo.js';
import { demoSurveyResponses } from '../demo/survey-responses.js';
import { DiagnosisSchema } from '../model/diagnosis.js';
import { diagnose } from './diagnose.js';

const demo = generateDemo();
const dataset = demoDataset(demo);
const responses = demoSurveyResponses(demo);
const withSurvey = diagnose(analyse(dataset, { asOf: DEMO_AS_OF, survey: { responses } }));
const withoutSurvey = diagnose(analyse(dataset, { asOf: DEMO_AS_OF }));

function summary(findings: typeof withSurvey.findings): string[] {
  return findings.map(
    (f) =>
      `${f.id} s${f.severity} c${f.confidence} ${f.title.fr}: ${f.evidence.map((e) => `${e.indicator}=${e.value}`).join(', ')}`,
  );
}

describe('the demo community’s diagnosis', () => {
  it('is valid against the contract', () => {
    expect(DiagnosisSchema.safeParse(withSurvey).success).toBe(true);
    expect(DiagnosisSchema.safeParse(withoutSurvey).success).toBe(true);
  });

  it('reads as a facilitator’s would', () => {
    console.log(summary(withSurvey.findings).join('\n'));
    console.log('--- without survey');
    console.log(summary(withoutSurvey.findings).join('\n'));
    console.log(withSurvey.indicators.map((i) => `${i.id}=${i.value} ${i.status}`).join('; '));
    const codes = withSurvey.findings.map((f) => f.code);
    expect(codes).toContain('F4');
    expect(codes).toContain('F13');
    expect(codes).toContain('C1');
    expect(withSurvey.stage).toMatchObject({ stage: 'coalescing', relaunch: true });
  });

  it('flags invisible value without a survey', () => {
    expect(withoutSurvey.findings.map((f) => f.code)).toContain('F9');
    expect(withSurvey.findings.map((f) => f.code)).not.toContain('F9');
  });
});
