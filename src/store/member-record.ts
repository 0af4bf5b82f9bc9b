import type { Kysely } from 'kysely';
import type { MemberExport } from '../model/member-export.js';
import { consentsOf } from './consent-repository.js';
import { mergedInto } from './find-members.js';
import type { Database } from './schema.js';

/** What the store holds about one person, as `MemberExport` without its header. */
export type MemberRecord = Omit<MemberExport, 'schemaVersion' | 'exportedAt' | 'community'>;

async function personalTerms(db: Kysely<Database>, ids: number[], name: string) {
  const identities = await db
    .selectFrom('identities')
    .select(['kind', 'source', 'value'])
    .where('member_id', 'in', ids)
    .orderBy('id')
    .execute();
  return { identities, terms: [name, ...identities.map((i) => i.value)] };
}

async function activityOf(db: Kysely<Database>, ids: number[]) {
  const attendance = await db
    .selectFrom('attendance')
    .innerJoin('events', 'events.id', 'attendance.event_id')
    .select(['events.id as eventId', 'events.title', 'events.date', 'attendance.role'])
    .where('attendance.member_id', 'in', ids)
    .orderBy('events.date')
    .execute();
  const eventsOrganised = await db
    .selectFrom('events')
    .select(['id as eventId', 'title', 'date'])
    .where('organizer_id', 'in', ids)
    .orderBy('date')
    .execute();
  const messages = await db
    .selectFrom('messages')
    .select([
      'id',
      'external_id as externalId',
      'channel',
      'ts as timestamp',
      'reply_to as replyTo',
      'thread',
      'text',
    ])
    .where('author_id', 'in', ids)
    .orderBy('ts')
    .orderBy('id')
    .execute();
  const mentionedIn = await db
    .selectFrom('mentions')
    .innerJoin('messages', 'messages.id', 'mentions.message_id')
    .select(['messages.id as messageId', 'messages.channel', 'messages.ts as timestamp'])
    .where('mentions.member_id', 'in', ids)
    .orderBy('messages.ts')
    .execute();
  const contributions = await db
    .selectFrom('contributions')
    .select(['id', 'date', 'kind', 'title'])
    .where('author_id', 'in', ids)
    .orderBy('date')
    .execute();
  return { attendance, eventsOrganised, messages, mentionedIn, contributions };
}

async function tiesOf(db: Kysely<Database>, ids: number[]): Promise<MemberRecord['ties']> {
  const rows = await db
    .selectFrom('ties')
    .selectAll()
    .where((eb) => eb.or([eb('source_id', 'in', ids), eb('target_id', 'in', ids)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const from = ids.includes(r.source_id);
    return {
      otherId: from ? r.target_id : r.source_id,
      direction: from ? 'from' : 'to',
      weight: r.weight,
      date: r.date,
    };
  });
}

async function surveyOf(db: Kysely<Database>, ids: number[]) {
  const rows = await db
    .selectFrom('survey_responses')
    .selectAll()
    .where('member_id', 'in', ids)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    instrumentId: r.instrument_id,
    submittedAt: r.submitted_at,
    consentQuotes: r.consent_quotes === 1,
    consentIdentified: r.consent_identified === 1,
    answers: JSON.parse(r.answers) as Record<string, unknown>,
  }));
}

async function notesNaming(db: Kysely<Database>, communityId: number, terms: string[]) {
  const wanted = terms.map((t) => t.toLowerCase()).filter((t) => t.length >= 3);
  const rows = await db
    .selectFrom('judgements')
    .select(['finding_id', 'status', 'note', 'made_on'])
    .where('community_id', '=', communityId)
    .orderBy('id')
    .execute();
  return rows
    .filter((r) => wanted.some((t) => r.note.toLowerCase().includes(t)))
    .map((r) => ({ findingId: r.finding_id, status: r.status, note: r.note, madeOn: r.made_on }));
}

async function auditAbout(db: Kysely<Database>, ids: number[]) {
  const rows = await db
    .selectFrom('audit_log')
    .select(['at', 'actor', 'action', 'detail'])
    .where(
      'target',
      'in',
      ids.map((id) => `member:${id}`),
    )
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

/** Reads everything the store holds about a member and the records merged into it. */
export async function loadMemberRecord(
  db: Kysely<Database>,
  communityId: number,
  memberId: number,
): Promise<MemberRecord | undefined> {
  const row = await db
    .selectFrom('members')
    .selectAll()
    .where('id', '=', memberId)
    .where('community_id', '=', communityId)
    .executeTakeFirst();
  if (!row) return undefined;
  const merged = await mergedInto(db, memberId);
  const ids = [memberId, ...merged];
  const { identities, terms } = await personalTerms(db, ids, row.name);
  const erasure = await db
    .selectFrom('erasures')
    .select('erased_on')
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  const consents = (await Promise.all(ids.map((id) => consentsOf(db, id)))).flat();
  return {
    member: {
      id: row.id,
      name: row.name,
      organization: row.organization,
      role: row.role,
      region: row.region,
      disciplines: JSON.parse(row.disciplines) as string[],
      orgType: row.org_type,
      joinedAt: row.joined_at,
      leftAt: row.left_at,
      staff: row.staff === 1,
      mergedIds: merged,
      erasedOn: erasure?.erased_on ?? null,
    },
    identities,
    consents: consents.map(({ memberId: _, ...c }) => c),
    ...(await activityOf(db, ids)),
    ties: await tiesOf(db, ids),
    surveyResponses: await surveyOf(db, ids),
    findingNotes: await notesNaming(db, communityId, terms),
    audit: await auditAbout(db, ids),
  };
}
