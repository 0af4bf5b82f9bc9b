import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSurvey, readSurveyCsv } from './read-survey.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/survey/${name}`, import.meta.url)));

describe('readSurvey', () => {
  it('reads a Google Forms export in French, tolerating an edited question', async () => {
    const result = await readSurvey(fixture('google-forms-fr.csv'), 'google-forms-fr.csv');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [first, second] = result.value.responses;
    expect(result.value.source).toBe('google-forms');
    expect(first?.respondent).toEqual({ email: 'marie.tremblay@example.org' });
    expect(first?.answers).toMatchObject({ D1: 5, C1: 4, VI: 5, OBS: ['time', 'tools'], HOURS: 3 });
    expect(first?.consent).toEqual({ quotes: true, identified: false });
    expect(second?.answers).toMatchObject({ D1: null, C1: 3, HOURS: 1.5 });
    expect(result.value.ties).toHaveLength(3);
  });

  it('reads SurveyMonkey’s two header rows and split multi-select columns', async () => {
    const result = await readSurvey(fixture('surveymonkey-en.csv'), 'surveymonkey-en.csv');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.source).toBe('surveymonkey');
    expect(result.value.responses.map((r) => r.answers.OBS)).toEqual([
      ['time'],
      ['time', 'tools'],
      undefined,
    ]);
    expect(result.value.responses.map((r) => r.answers.D1)).toEqual([5, null, 2]);
    expect(result.value.responses[0]?.id).toBe('114298765432');
  });

  it('reads LimeSurvey full-text headers with codes and bracketed options', async () => {
    const result = await readSurvey(fixture('limesurvey-fr.csv'), 'limesurvey-fr.csv');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.source).toBe('limesurvey');
    expect(result.value.responses[1]?.answers).toMatchObject({
      D1: 2,
      C1: null,
      OBS: ['time', 'distance'],
      HOURS: 0.5,
    });
    expect(result.value.responses[2]?.answers).toEqual({});
  });

  it('reads a Microsoft Forms XLSX export', async () => {
    const result = await readSurvey(fixture('microsoft-forms-fr.xlsx'), 'microsoft-forms-fr.xlsx');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.source).toBe('microsoft-forms');
    expect(result.value.responses[0]?.answers).toMatchObject({
      D1: 4,
      FORMATS: ['webinar', 'in-person'],
      REG: 'Bas-Saint-Laurent',
      HOURS: 2,
    });
    expect(result.value.responses[0]?.respondent).toBeNull();
    expect(result.value.responses[1]?.respondent).toEqual({ email: 'julie.morin@example.org' });
  });

  it('follows a mapping file and reports unreadable answers with their line', () => {
    const csv = 'Q-A,Q-B\nPlutôt d’accord,peut-être\n';
    const result = readSurveyCsv(new TextEncoder().encode(csv), 'x.csv', {
      map: { 'Q-A': 'D2', 'Q-B': 'C3' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({ code: 'invalid_value', line: 2, column: 'C3' });
  });

  it('fails clearly on a file with no question of the instrument, or a truncated xlsx', async () => {
    const none = readSurveyCsv(new TextEncoder().encode('a,b\n1,2\n'), 'x.csv');
    expect(none.ok ? null : none.issues[0]?.code).toBe('missing_any_column');
    const truncated = await readSurvey(fixture('microsoft-forms-fr.xlsx').slice(0, 500), 'f.xlsx');
    expect(truncated.ok ? null : truncated.issues[0]?.code).toBe('unreadable_file');
  });
});
