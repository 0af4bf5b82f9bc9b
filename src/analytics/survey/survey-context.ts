import type { MemberMetrics } from '../../model/analysis.js';
import type { Dataset } from '../../model/dataset.js';
import type { Member } from '../../model/member.js';
import type { SurveyResponse } from '../../model/survey.js';
import type { SurveyContext } from './analyse-survey.js';
import { declaredProfile } from './analyse-survey.js';

function memberFinder(
  members: readonly Member[],
): (response: SurveyResponse) => Member | undefined {
  const byKey = new Map<string, Member>();
  for (const member of members) {
    for (const identity of member.identities)
      byKey.set(`${identity.kind}:${identity.value}`, member);
    byKey.set(`name:${member.name.toLowerCase()}`, member);
  }
  return ({ respondent }) => {
    if (!respondent) return undefined;
    return (
      (respondent.email ? byKey.get(`email:${respondent.email.toLowerCase()}`) : undefined) ??
      (respondent.handle
        ? byKey.get(`handle:${respondent.handle.value.toLowerCase()}`)
        : undefined) ??
      (respondent.name ? byKey.get(`name:${respondent.name.toLowerCase()}`) : undefined)
    );
  };
}

/**
 * The survey context of a community: its non-staff members as the response-rate denominator, and
 * each respondent's profile — what they declared (`LEVEL`, `REG`, `ORG`), else, for a respondent
 * matched to a member by email, handle or name, the member's observed level, region and
 * organisation type.
 * @example analyseSurvey(responses, SURVEY_INSTRUMENT, surveyContext(dataset, analysis.memberMetrics))
 */
export function surveyContext(dataset: Dataset, metrics: readonly MemberMetrics[]): SurveyContext {
  const find = memberFinder(dataset.members);
  const levels = new Map(metrics.map((m) => [m.id, m.level]));
  return {
    members: dataset.members.filter((m) => !m.staff).length,
    profileOf: (response) => {
      const declared = declaredProfile(response);
      const member = find(response);
      return {
        level: declared.level ?? (member ? (levels.get(member.id) ?? null) : null),
        region: declared.region ?? member?.region ?? null,
        orgType: declared.orgType ?? member?.orgType ?? null,
      };
    },
  };
}
