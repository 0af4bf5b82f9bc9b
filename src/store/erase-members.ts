import type { Kysely } from 'kysely';
import { SURVEY_INSTRUMENT } from '../model/survey-instrument.js';
import { type AuditEntry, recordAudit } from './audit-repository.js';
import { mergedInto } from './find-members.js';
import { erasedKey, identityKey } from './identity-key.js';
import { personalTerms, redactor } from './redact.js';
import type { Database } from './schema.js';
import { sweepText } from './sweep-text.js';

type Db = Kysely<Database>;

/** Why a member was erased. */
export type ErasureReason = 'request' | 'retention';

/** What an erasure removed, in counts only (the audit log keeps this, never names). */
export interface ErasureSummary {
  members: number;
  identities: number;
  messages: number;
  contributions: number;
  surveyResponses: number;
  consents: number;
  redactedTexts: number;
}

/** Item types whose answers are figures or option ids, kept for the aggregates. */
const KEPT_TYPES = new Set(['likert5', 'single', 'multi', 'number']);
const KEPT_ITEMS = new Set(
  SURVEY_INSTRUMENT.items.filter((i) => KEPT_TYPES.has(i.type)).map((i) => i.id),
);

async function termsOf(db: Db, ids: number[]): Promise<string[]> {
  const members = await db.selectFrom('members').select('name').where('id', 'in', ids).execute();
  const identities = await db
    .selectFrom('identities')
    .select('value')
    .where('member_id', 'in', ids)
    .execute();
  const respondents = await db
    .selectFrom('survey_responses')
    .select('respondent')
    .where('member_id', 'in', ids)
    .execute();
  const named = respondents.flatMap((r) => {
    const ref = r.respondent ? (JSON.parse(r.respondent) as Record<string, unknown>) : {};
    const handle = ref.handle as { value?: string } | undefined;
    return [ref.email, ref.name, handle?.value].filter((v): v is string => typeof v === 'string');
  });
  return personalTerms([
    ...members.map((m) => m.name),
    ...identities.map((i) => i.value),
    ...named,
  ]);
}

async function anonymiseMessages(db: Db, communityId: number, ids: number[]): Promise<number> {
  const rows = await db
    .selectFrom('messages')
    .select(['id', 'external_id'])
    .where('author_id', 'in', ids)
    .execute();
  for (const row of rows) {
    const placeholder = `erased:${row.id}`;
    await db
      .updateTable('messages')
      .set({ text: '', external_id: placeholder })
      .where('id', '=', row.id)
      .execute();
    // Replies keep pointing at the message, so reply times and ties stay right.
    for (const column of ['reply_to', 'thread'] as const) {
      await db
        .updateTable('messages')
        .set({ [column]: placeholder })
        .where('community_id', '=', communityId)
        .where(column, '=', row.external_id)
        .execute();
    }
  }
  return rows.length;
}

async function anonymiseSurvey(db: Db, ids: number[]): Promise<number> {
  const rows = await db
    .selectFrom('survey_responses')
    .select(['id', 'answers'])
    .where('member_id', 'in', ids)
    .execute();
  for (const row of rows) {
    const answers = JSON.parse(row.answers) as Record<string, unknown>;
    const kept = Object.fromEntries(Object.entries(answers).filter(([k]) => KEPT_ITEMS.has(k)));
    await db
      .updateTable('survey_responses')
      .set({
        external_id: `erased:${row.id}`,
        respondent: null,
        consent_quotes: 0,
        consent_identified: 0,
        answers: JSON.stringify(kept),
      })
      .where('id', '=', row.id)
      .execute();
  }
  return rows.length;
}

async function anonymiseContributions(db: Db, ids: number[]): Promise<number> {
  const rows = await db
    .selectFrom('contributions')
    .select('id')
    .where('author_id', 'in', ids)
    .execute();
  for (const row of rows) {
    await db
      .updateTable('contributions')
      .set({ title: `erased:${row.id}` })
      .where('id', '=', row.id)
      .execute();
  }
  return rows.length;
}

async function anonymiseMembers(db: Db, ids: number[]): Promise<void> {
  for (const id of ids) {
    await db
      .updateTable('members')
      .set({
        name: `#${id}`,
        organization: null,
        role: null,
        region: null,
        disciplines: '[]',
        org_type: null,
      })
      .where('id', '=', id)
      .execute();
  }
}

/**
 * Keeps the hashes of the erased identities (emails, handles, names, those of merged members
 * included), all pointing at the erased member's placeholder, so that a later import of a file
 * that still names the person finds the placeholder instead of bringing them back.
 */
async function keepErasedKeys(
  db: Db,
  communityId: number,
  memberId: number,
  ids: readonly number[],
): Promise<void> {
  const identities = await db
    .selectFrom('identities')
    .select(['kind', 'source', 'value'])
    .where('member_id', 'in', ids)
    .execute();
  const hashes = [...new Set(identities.map((i) => erasedKey(identityKey(i))))];
  for (const key_hash of hashes) {
    await db
      .insertInto('erased_identities')
      .values({ community_id: communityId, key_hash, member_id: memberId })
      .onConflict((oc) => oc.columns(['community_id', 'key_hash']).doNothing())
      .execute();
  }
}

async function eraseOne(
  db: Db,
  communityId: number,
  memberId: number,
  erasedOn: string,
  reason: ErasureReason,
): Promise<ErasureSummary> {
  const ids = [memberId, ...(await mergedInto(db, memberId))];
  const terms = await termsOf(db, ids);
  const messages = await anonymiseMessages(db, communityId, ids);
  const contributions = await anonymiseContributions(db, ids);
  const surveyResponses = await anonymiseSurvey(db, ids);
  // On request, the person stays out of later imports; a member anonymised by retention who
  // comes back is a new member.
  if (reason === 'request') await keepErasedKeys(db, communityId, memberId, ids);
  const identities = await db.deleteFrom('identities').where('member_id', 'in', ids).execute();
  const consents = await db.deleteFrom('consents').where('member_id', 'in', ids).execute();
  // A directory profile and its personal links are the member's own words: removed outright.
  await db.deleteFrom('profile_tokens').where('member_id', 'in', ids).execute();
  await db.deleteFrom('profiles').where('member_id', 'in', ids).execute();
  await db
    .updateTable('survey_links')
    .set({ member_id: null })
    .where('member_id', 'in', ids)
    .execute();
  await db
    .deleteFrom('merges')
    .where((eb) => eb.or([eb('kept_id', 'in', ids), eb('merged_id', 'in', ids)]))
    .execute();
  await db
    .deleteFrom('distinct_members')
    .where((eb) => eb.or([eb('first_id', 'in', ids), eb('second_id', 'in', ids)]))
    .execute();
  await anonymiseMembers(db, ids);
  const redact = redactor(terms);
  const redactedTexts = redact ? await sweepText(db, terms, redact) : 0;
  for (const id of ids) {
    await db
      .insertInto('erasures')
      .values({ member_id: id, community_id: communityId, erased_on: erasedOn, reason })
      .onConflict((oc) => oc.column('member_id').doNothing())
      .execute();
  }
  return {
    members: ids.length,
    identities: Number(identities[0]?.numDeletedRows ?? 0),
    messages,
    contributions,
    surveyResponses,
    consents: Number(consents[0]?.numDeletedRows ?? 0),
    redactedTexts,
  };
}

function add(a: ErasureSummary, b: ErasureSummary): ErasureSummary {
  const sum = { ...a };
  for (const key of Object.keys(sum) as (keyof ErasureSummary)[]) sum[key] += b[key];
  return sum;
}

const NONE: ErasureSummary = {
  members: 0,
  identities: 0,
  messages: 0,
  contributions: 0,
  surveyResponses: 0,
  consents: 0,
  redactedTexts: 0,
};

/**
 * Removes members' personal details everywhere, in one transaction: identities, consents and
 * merges are deleted; the member row, messages, contributions and survey responses stay as
 * anonymous placeholders (`#ID`, empty text, figures only) so that counts and the network stay
 * right; every other text naming them (others' messages, event titles, notes, settings, tables
 * of later migrations) has the name, emails and handles replaced by `[…]`. Run
 * `compactStore` afterwards so that no copy stays in free pages.
 */
export async function eraseMembers(
  db: Db,
  communityId: number,
  memberIds: readonly number[],
  options: {
    erasedOn: string;
    reason: ErasureReason;
    /** Written in the same transaction, with the summary added to its detail. */
    audit?: AuditEntry;
  },
): Promise<ErasureSummary> {
  return db.transaction().execute(async (trx) => {
    let summary = NONE;
    for (const id of memberIds) {
      summary = add(
        summary,
        await eraseOne(trx, communityId, id, options.erasedOn, options.reason),
      );
    }
    if (options.audit)
      await recordAudit(trx, {
        ...options.audit,
        detail: { ...options.audit.detail, ...summary },
      });
    return summary;
  });
}
