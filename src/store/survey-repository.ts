import type { Kysely } from 'kysely';
import { ok, type Result } from '../model/issue.js';
import type { SurveyBatch, SurveyResponse } from '../model/survey.js';
import { recordAudit } from './audit-repository.js';
import { bulkSink } from './bulk-sink.js';
import { createCommunity, findCommunityBySlug } from './community-repository.js';
import { setConsent } from './consent-repository.js';
import { createPersonResolver } from './person-resolver.js';
import type { Database } from './schema.js';
import type { CommunityValues, ImportAudit } from './write-batch.js';
import { writeTies } from './write-exchanges.js';

/**
 * Copies a known member's survey consent to their consents (quotes, identified answers),
 * unless they decided later elsewhere: the latest decision counts.
 */
async function recordSurveyConsent(
  db: Kysely<Database>,
  memberId: number,
  response: SurveyResponse,
  fallbackDay: string | undefined,
): Promise<void> {
  const decidedOn = response.submittedAt?.slice(0, 10) ?? fallbackDay;
  if (!decidedOn) return;
  for (const [use, granted] of [
    ['quotes', response.consent.quotes],
    ['identified_survey', response.consent.identified],
  ] as const) {
    const later = await db
      .selectFrom('consents')
      .select('decided_on')
      .where('member_id', '=', memberId)
      .where('use', '=', use)
      .where('decided_on', '>', decidedOn)
      .executeTakeFirst();
    if (!later) await setConsent(db, { memberId, use, granted, decidedOn, source: 'survey' });
  }
}

/** What a survey import added. */
export interface SurveySummary {
  responses: number;
  ties: number;
  /** Responses left out because they name a person erased on request (only when some were). */
  erased?: number;
}

class Rollback extends Error {
  constructor(readonly summary: SurveySummary) {
    super('rollback');
  }
}

/**
 * Stores survey responses (idempotent per source and response id), the ties of the network
 * question and the import's audit line, in one transaction; a respondent is linked to a member when the export names them.
 */
export async function writeSurvey(
  db: Kysely<Database>,
  target: CommunityValues,
  survey: SurveyBatch,
  options: {
    dryRun?: boolean;
    /** When a response carries no submission date, the day its consent counts from. */
    decidedOn?: string;
    /** Who imports and when: the audit line is written in the import's transaction. */
    audit?: ImportAudit & { file: string };
  } = {},
): Promise<Result<SurveySummary>> {
  try {
    return await db.transaction().execute(async (trx) => {
      const community =
        (await findCommunityBySlug(trx, target.slug)) ?? (await createCommunity(trx, target));
      const sink = bulkSink(db, trx, community.id);
      const people = await createPersonResolver(trx, community.id, sink);
      let responses = 0;
      let erased = 0;
      for (const response of survey.responses) {
        const memberId = response.respondent ? await people.resolve(response.respondent) : null;
        // An erased person's responses stay as anonymous placeholders: not added again.
        if (memberId !== null && people.isErased(memberId)) {
          erased++;
          continue;
        }
        const inserted = await trx
          .insertInto('survey_responses')
          .values({
            community_id: community.id,
            source: survey.source,
            external_id: response.id,
            instrument_id: survey.instrumentId,
            member_id: memberId,
            respondent: response.respondent ? JSON.stringify(response.respondent) : null,
            submitted_at: response.submittedAt,
            consent_quotes: response.consent.quotes ? 1 : 0,
            consent_identified: response.consent.identified ? 1 : 0,
            answers: JSON.stringify(response.answers),
          })
          .onConflict((oc) => oc.columns(['community_id', 'source', 'external_id']).doNothing())
          .returning('id')
          .execute();
        responses += inserted.length;
        if (memberId !== null && inserted.length > 0)
          await recordSurveyConsent(trx, memberId, response, options.decidedOn);
      }
      const ties = await writeTies(sink, survey.ties, people);
      const summary = { responses, ties, ...(erased > 0 ? { erased } : {}) };
      if (options.dryRun) throw new Rollback(summary);
      await sink.finish();
      if (options.audit) {
        const { file, ...who } = options.audit;
        await recordAudit(trx, {
          ...who,
          action: 'import',
          communityId: community.id,
          target: 'survey',
          detail: { file, ...summary },
        });
      }
      return ok(summary);
    });
  } catch (error) {
    if (error instanceof Rollback) return ok(error.summary);
    throw error;
  }
}

/** Reads a community's survey responses, in a stable order. */
export async function loadSurveyResponses(
  db: Kysely<Database>,
  communityId: number,
): Promise<SurveyResponse[]> {
  const rows = await db
    .selectFrom('survey_responses')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.external_id,
    respondent: r.respondent ? (JSON.parse(r.respondent) as SurveyResponse['respondent']) : null,
    submittedAt: r.submitted_at,
    consent: { quotes: r.consent_quotes === 1, identified: r.consent_identified === 1 },
    answers: JSON.parse(r.answers) as SurveyResponse['answers'],
  }));
}
