import type { Kysely } from 'kysely';
import type { Database, SurveyLinkTable } from './schema.js';

type Db = Kysely<Database>;

/** A survey link with what its respondent saved so far. */
export interface StoredSurveyLink {
  token: string;
  communityId: number;
  kind: SurveyLinkTable['kind'];
  memberId: number | null;
  parentToken: string | null;
  answers: Record<string, unknown>;
  consent: { quotes: boolean; identified: boolean };
  lang: string;
  createdAt: string;
  submittedAt: string | null;
}

type Row = SurveyLinkTable;

const toLink = (row: Row): StoredSurveyLink => ({
  token: row.token,
  communityId: row.community_id,
  kind: row.kind,
  memberId: row.member_id,
  parentToken: row.parent_token,
  answers: JSON.parse(row.answers) as Record<string, unknown>,
  consent: JSON.parse(row.consent) as StoredSurveyLink['consent'],
  lang: row.lang,
  createdAt: row.created_at,
  submittedAt: row.submitted_at,
});

/** Stores a new link. */
export async function insertSurveyLink(db: Db, link: StoredSurveyLink): Promise<void> {
  await db
    .insertInto('survey_links')
    .values({
      token: link.token,
      community_id: link.communityId,
      kind: link.kind,
      member_id: link.memberId,
      parent_token: link.parentToken,
      answers: JSON.stringify(link.answers),
      consent: JSON.stringify(link.consent),
      lang: link.lang,
      created_at: link.createdAt,
      submitted_at: link.submittedAt,
    })
    .execute();
}

/** Finds a link by its token, or `undefined`. */
export async function findSurveyLink(db: Db, token: string): Promise<StoredSurveyLink | undefined> {
  const row = await db
    .selectFrom('survey_links')
    .selectAll()
    .where('token', '=', token)
    .executeTakeFirst();
  return row ? toLink(row) : undefined;
}

/** A community's links, oldest first. */
export async function listSurveyLinks(db: Db, communityId: number): Promise<StoredSurveyLink[]> {
  const rows = await db
    .selectFrom('survey_links')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('created_at')
    .orderBy('token')
    .execute();
  return rows.map(toLink);
}

/** Saves a respondent's progress (answers, consent, language) and, on submit, the time. */
export async function saveSurveyProgress(
  db: Db,
  token: string,
  values: {
    answers: Record<string, unknown>;
    consent: { quotes: boolean; identified: boolean };
    lang: string;
    submittedAt: string | null;
  },
): Promise<void> {
  await db
    .updateTable('survey_links')
    .set({
      answers: JSON.stringify(values.answers),
      consent: JSON.stringify(values.consent),
      lang: values.lang,
      submitted_at: values.submittedAt,
    })
    .where('token', '=', token)
    .execute();
}

/**
 * Submits a link's answers in one transaction: the response joins the community's survey
 * responses (source `web`; the link's member for segments, never the token), the link keeps only
 * its submission time (the answers leave it), and a personal link's member's consents to quotes
 * and identified answers are recorded. Refuses (false) a link already submitted.
 */
export async function submitSurveyLink(
  db: Db,
  token: string,
  response: {
    externalId: string;
    instrumentId: string;
    answers: Record<string, unknown>;
    consent: { quotes: boolean; identified: boolean };
    lang: string;
    submittedAt: string;
  },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const link = await trx
      .updateTable('survey_links')
      .set({ answers: '{}', lang: response.lang, submitted_at: response.submittedAt })
      .where('token', '=', token)
      .where('submitted_at', 'is', null)
      .returning(['community_id', 'member_id', 'consent'])
      .executeTakeFirst();
    if (!link) return false;
    await trx
      .updateTable('survey_links')
      .set({ consent: JSON.stringify(response.consent) })
      .where('token', '=', token)
      .execute();
    await trx
      .insertInto('survey_responses')
      .values({
        community_id: link.community_id,
        source: 'web',
        external_id: response.externalId,
        instrument_id: response.instrumentId,
        member_id: link.member_id,
        respondent: null,
        submitted_at: response.submittedAt,
        consent_quotes: response.consent.quotes ? 1 : 0,
        consent_identified: response.consent.identified ? 1 : 0,
        answers: JSON.stringify(response.answers),
      })
      .execute();
    if (link.member_id !== null) {
      const day = response.submittedAt.slice(0, 10);
      for (const [use, granted] of [
        ['quotes', response.consent.quotes],
        ['identified_survey', response.consent.identified],
      ] as const) {
        await trx
          .insertInto('consents')
          .values({
            member_id: link.member_id,
            use,
            granted: granted ? 1 : 0,
            decided_on: day,
            source: 'self',
          })
          .onConflict((oc) =>
            oc
              .columns(['member_id', 'use'])
              .doUpdateSet({ granted: granted ? 1 : 0, decided_on: day, source: 'self' }),
          )
          .execute();
      }
    }
    return true;
  });
}
