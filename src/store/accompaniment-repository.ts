import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/** A phase as stored. */
export interface PhaseRow {
  id: number;
  name: string;
  startsOn: string;
  endsOn: string;
  budgetHours: number;
}

/** Adds a phase; returns its id, or null when the community has a phase of that name. */
export async function addPhase(
  db: Db,
  communityId: number,
  phase: Omit<PhaseRow, 'id'>,
): Promise<number | null> {
  const rows = await db
    .insertInto('log_phases')
    .values({
      community_id: communityId,
      name: phase.name,
      starts_on: phase.startsOn,
      ends_on: phase.endsOn,
      budget_hours: phase.budgetHours,
    })
    .onConflict((oc) => oc.columns(['community_id', 'name']).doNothing())
    .returning('id')
    .execute();
  return rows[0]?.id ?? null;
}

/** A community's phases, by start date. */
export async function listPhases(db: Db, communityId: number): Promise<PhaseRow[]> {
  const rows = await db
    .selectFrom('log_phases')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    budgetHours: Number(r.budget_hours),
  }));
}

/** Hours spent by one person on one activity. */
export interface HoursRow {
  phaseId: number | null;
  date: string;
  person: string;
  activity: string;
  hours: number;
}

/** Adds hours entries in one transaction; returns how many were added. */
export async function addHours(db: Db, communityId: number, rows: HoursRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('log_hours')
      .values(
        rows.map((r) => ({
          community_id: communityId,
          phase_id: r.phaseId,
          date: r.date,
          person: r.person,
          activity: r.activity,
          hours: r.hours,
        })),
      )
      .execute();
  });
  return rows.length;
}

/** A deliverable handed over on a date. */
export interface DeliverableRow {
  phaseId: number | null;
  date: string;
  title: string;
}

/** Adds a deliverable; returns its id. */
export async function addDeliverable(
  db: Db,
  communityId: number,
  row: DeliverableRow,
): Promise<number> {
  const inserted = await db
    .insertInto('log_deliverables')
    .values({ community_id: communityId, phase_id: row.phaseId, date: row.date, title: row.title })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Every hours entry and deliverable of a community, by date. */
export async function loadLogEntries(
  db: Db,
  communityId: number,
): Promise<{
  hours: Array<HoursRow & { id: number }>;
  deliverables: Array<DeliverableRow & { id: number }>;
}> {
  const hours = await db
    .selectFrom('log_hours')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('date')
    .orderBy('id')
    .execute();
  const deliverables = await db
    .selectFrom('log_deliverables')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('date')
    .orderBy('id')
    .execute();
  return {
    hours: hours.map((r) => ({
      id: r.id,
      phaseId: r.phase_id,
      date: r.date,
      person: r.person,
      activity: r.activity,
      hours: Number(r.hours),
    })),
    deliverables: deliverables.map((r) => ({
      id: r.id,
      phaseId: r.phase_id,
      date: r.date,
      title: r.title,
    })),
  };
}
