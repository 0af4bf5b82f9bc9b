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
