import type { Kysely } from 'kysely';
import type { Community } from '../model/community.js';
import type { Batch } from '../model/input.js';
import { fail, type Issue, ok, type Result } from '../model/issue.js';
import { recordAudit } from './audit-repository.js';
import { type BulkSink, bulkSink } from './bulk-sink.js';
import { createCommunity, deleteCommunity, findCommunityBySlug } from './community-repository.js';
import { createPersonResolver, type PersonResolver } from './person-resolver.js';
import type { Database } from './schema.js';
import { writeAttendance, writeEvents } from './write-events.js';
import { writeContributions, writeMessages, writeTies } from './write-exchanges.js';
import { writeMembers } from './write-members.js';

/** What a write added or changed; the same shape for a real run and a dry run. */
export interface WriteSummary {
  members: { added: number; updated: number };
  events: { added: number; updated: number };
  attendance: number;
  messages: number;
  contributions: number;
  ties: number;
  /** Records left out because they name a person erased on request (only when some were). */
  erased?: number;
}

/** A community to create when its slug is new. */
export interface CommunityValues {
  slug: string;
  name: string;
  host: string | null;
}

async function findOrCreate(trx: Kysely<Database>, values: CommunityValues): Promise<number> {
  const found = await findCommunityBySlug(trx, values.slug);
  return (found ?? (await createCommunity(trx, values))).id;
}

/** Thrown inside the transaction to roll it back; never leaves this file. */
class Rollback extends Error {
  constructor(readonly outcome: Result<WriteSummary>) {
    super('rollback');
  }
}

/** Called as records are written: how many so far, out of how many. */
export type WriteProgress = (done: number, total: number) => void;

/** Where one transaction writes: the community, its bulk writer and its people. */
interface Target {
  readonly trx: Kysely<Database>;
  readonly communityId: number;
  readonly sink: BulkSink;
  readonly people: PersonResolver;
}

async function openTarget(
  db: Kysely<Database>,
  trx: Kysely<Database>,
  communityId: number,
): Promise<Target> {
  const sink = bulkSink(db, trx, communityId);
  return { trx, communityId, sink, people: await createPersonResolver(trx, communityId, sink) };
}

async function writeAll(
  { trx, communityId, sink, people }: Target,
  batch: Batch,
  file: string,
  onProgress: WriteProgress = () => {},
): Promise<Result<WriteSummary>> {
  const total = Object.values(batch).reduce(
    (sum, records: readonly unknown[]) => sum + records.length,
    0,
  );
  let done = 0;
  const tick = (records: number) => {
    done += records;
    onProgress(done, total);
  };
  const createdBefore = people.created();
  const members = await writeMembers(trx, batch.members, people, sink);
  tick(batch.members.length);
  const events = await writeEvents(trx, communityId, batch.events, people);
  tick(batch.events.length);
  const attendance = await writeAttendance(trx, communityId, batch.attendance, people, sink, file);
  if (attendance.issues.length > 0) return fail(attendance.issues);
  tick(batch.attendance.length);
  const messages = await writeMessages(sink, batch.messages, people, tick);
  const contributions = await writeContributions(sink, batch.contributions, people, tick);
  const ties = await writeTies(sink, batch.ties, people, tick);
  const erased = members.erased + messages.erased + contributions.erased;
  return ok({
    members: { added: members.added + people.created() - createdBefore, updated: members.updated },
    events,
    attendance: attendance.added,
    messages: messages.added,
    contributions: contributions.added,
    ties,
    ...(erased > 0 ? { erased } : {}),
  });
}

/**
 * Writes a batch into one community (an id, or a slug created if new) in a single transaction:
 * everything or nothing. With
 * `dryRun`, the same work is done and then rolled back, so the summary says exactly what a real
 * run would add or change.
 */
export async function writeBatch(
  db: Kysely<Database>,
  target: number | CommunityValues,
  batch: Batch,
  options: {
    file: string;
    kind?: string;
    dryRun?: boolean;
    onProgress?: WriteProgress;
    audit?: ImportAudit;
  },
): Promise<Result<WriteSummary>> {
  try {
    return await db.transaction().execute(async (trx) => {
      const communityId = typeof target === 'number' ? target : await findOrCreate(trx, target);
      const place = await openTarget(db, trx, communityId);
      const outcome = await writeAll(place, batch, options.file, options.onProgress);
      if (!outcome.ok || options.dryRun) throw new Rollback(outcome);
      await place.sink.finish();
      await recordImport(trx, communityId, options, outcome.value);
      return outcome;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.outcome;
    throw error;
  }
}

/** Who imports and when, for the audit line that an import writes in its own transaction. */
export interface ImportAudit {
  readonly at: string;
  readonly actor: string;
}

/**
 * Records a written import in its transaction: its row in `imports` and, when `audit` is given,
 * its audit line (kind, file, counts; no personal data). Both land with the data or not at all.
 */
async function recordImport(
  trx: Kysely<Database>,
  communityId: number,
  options: { file: string; kind?: string; audit?: ImportAudit },
  summary: WriteSummary,
): Promise<void> {
  const kind = options.kind ?? 'batch';
  await trx
    .insertInto('imports')
    .values({
      community_id: communityId,
      kind,
      file_name: options.file,
      summary: JSON.stringify(summary),
    })
    .execute();
  if (options.audit)
    await recordAudit(trx, {
      ...options.audit,
      action: 'import',
      communityId,
      target: kind,
      detail: { file: options.file, ...summary },
    });
}

/**
 * Replaces a community (found by slug) with a new one holding `batch`, in one transaction: an
 * earlier community of the same slug disappears only if the new one is written whole.
 */
export async function replaceCommunity(
  db: Kysely<Database>,
  values: CommunityValues,
  batch: Batch,
): Promise<Result<{ community: Community; summary: WriteSummary }>> {
  try {
    return await db.transaction().execute(async (trx) => {
      const earlier = await findCommunityBySlug(trx, values.slug);
      if (earlier) await deleteCommunity(trx, earlier.id);
      const community = await createCommunity(trx, values);
      const place = await openTarget(db, trx, community.id);
      const outcome = await writeAll(place, batch, values.slug);
      if (!outcome.ok) throw new Rollback(outcome);
      await place.sink.finish();
      return ok({ community, summary: outcome.value });
    });
  } catch (error) {
    if (error instanceof Rollback) return fail(error.outcome.ok ? [] : error.outcome.issues);
    throw error;
  }
}

/** Adds two write summaries. */
function addSummaries(a: WriteSummary, b: WriteSummary): WriteSummary {
  return {
    members: {
      added: a.members.added + b.members.added,
      updated: a.members.updated + b.members.updated,
    },
    events: {
      added: a.events.added + b.events.added,
      updated: a.events.updated + b.events.updated,
    },
    attendance: a.attendance + b.attendance,
    messages: a.messages + b.messages,
    contributions: a.contributions + b.contributions,
    ties: a.ties + b.ties,
    ...((a.erased ?? 0) + (b.erased ?? 0) > 0 ? { erased: (a.erased ?? 0) + (b.erased ?? 0) } : {}),
  };
}

const NOTHING: WriteSummary = {
  members: { added: 0, updated: 0 },
  events: { added: 0, updated: 0 },
  attendance: 0,
  messages: 0,
  contributions: 0,
  ties: 0,
};

/** Issues listed for one streamed import, at most: enough to fix a file, bounded in memory. */
const MAX_ISSUES = 1000;

/**
 * Writes a stream of batches (a large file read in segments) in one transaction: everything or
 * nothing, with memory bounded by one segment. Every segment is still read after a problem so
 * that all issues (up to 1,000) are listed; then the transaction is rolled back.
 */
export async function writeBatches(
  db: Kysely<Database>,
  target: number | CommunityValues,
  batches: AsyncIterable<Result<Batch>>,
  options: {
    file: string;
    kind?: string;
    dryRun?: boolean;
    onProgress?: (records: number) => void;
    audit?: ImportAudit;
  },
): Promise<Result<WriteSummary>> {
  try {
    return await db.transaction().execute(async (trx) => {
      const communityId = typeof target === 'number' ? target : await findOrCreate(trx, target);
      const place = await openTarget(db, trx, communityId);
      const issues: Issue[] = [];
      const skipped: Issue[] = [];
      let summary = NOTHING;
      let records = 0;
      for await (const batch of batches) {
        if (!batch.ok) issues.push(...batch.issues.slice(0, MAX_ISSUES - issues.length));
        if (!batch.ok || issues.length > 0) continue;
        skipped.push(...(batch.skipped ?? []).slice(0, MAX_ISSUES - skipped.length));
        const written = await writeAll(place, batch.value, options.file);
        if (!written.ok) issues.push(...written.issues.slice(0, MAX_ISSUES - issues.length));
        else summary = addSummaries(summary, written.value);
        records += Object.values(batch.value).reduce(
          (n, list: readonly unknown[]) => n + list.length,
          0,
        );
        options.onProgress?.(records);
      }
      const outcome: Result<WriteSummary> =
        issues.length > 0
          ? fail(issues)
          : { ok: true, value: summary, ...(skipped.length > 0 ? { skipped } : {}) };
      if (!outcome.ok || options.dryRun) throw new Rollback(outcome);
      await place.sink.finish();
      await recordImport(trx, communityId, options, summary);
      return outcome;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.outcome;
    throw error;
  }
}
