import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  type AccompanimentLog,
  type LogPhase,
  type LogSummary,
  logSummary,
  phaseForDate,
} from '../follow/index.js';
import { parseDate, readSheet } from '../import/index.js';
import { fail, type Issue, ok, type Result } from '../model/issue.js';
import { PoulsError } from '../model/pouls-error.js';
import {
  addDeliverable,
  addHours,
  addPhase,
  type HoursRow,
  listPhases,
  loadLogEntries,
  type Store,
} from '../store/index.js';
import { resolveCommunity } from './resolve-community.js';

function logError(key: string, value: string, expected = ''): PoulsError {
  return new PoulsError('bad_input', `${key}: ${value}`, {
    params: { ns: 'follow', key, value, expected },
  });
}

/** Adds a phase of the accompaniment (`pouls log phase add NAME --start --end --budget`). */
export async function addLogPhase(
  store: Store,
  options: {
    community?: string;
    name: string;
    startsOn: string;
    endsOn: string;
    budgetHours: number;
  },
): Promise<LogPhase> {
  if (options.endsOn < options.startsOn)
    throw logError('phaseDates', options.endsOn, options.startsOn);
  const community = await resolveCommunity(store, options.community);
  const phase = {
    name: options.name,
    startsOn: options.startsOn,
    endsOn: options.endsOn,
    budgetHours: options.budgetHours,
  };
  const id = await addPhase(store.db, community.id, phase);
  if (id === null) throw logError('phaseExists', options.name);
  return { id, ...phase };
}

/** The phases of the accompaniment, by start date. */
export async function logPhases(store: Store, community?: string): Promise<LogPhase[]> {
  return listPhases(store.db, (await resolveCommunity(store, community)).id);
}

/** The name of a phase by id, or null. */
function nameOf(phases: readonly LogPhase[], id: number | null): string | null {
  return phases.find((p) => p.id === id)?.name ?? null;
}

/** The phase named, or the one whose dates hold `date`, or none. */
function phaseOf(
  phases: readonly LogPhase[],
  name: string | undefined,
  date: string,
): number | null {
  if (name !== undefined) {
    const found = phases.find((p) => p.name === name);
    if (!found) throw logError('unknownPhase', name, phases.map((p) => p.name).join(', '));
    return found.id;
  }
  return phaseForDate(phases, date)?.id ?? null;
}

/** Records hours one person spent on an activity (`pouls log hours add`). */
export async function addLogHours(
  store: Store,
  options: {
    community?: string;
    date: string;
    person: string;
    activity: string;
    hours: number;
    phase?: string;
  },
): Promise<{ phaseId: number | null; phase: string | null }> {
  const community = await resolveCommunity(store, options.community);
  const phases = await listPhases(store.db, community.id);
  const phaseId = phaseOf(phases, options.phase, options.date);
  await addHours(store.db, community.id, [
    {
      phaseId,
      date: options.date,
      person: options.person,
      activity: options.activity,
      hours: options.hours,
    },
  ]);
  return { phaseId, phase: nameOf(phases, phaseId) };
}

/** Records a deliverable handed over on a date (`pouls log deliverable add`). */
export async function addLogDeliverable(
  store: Store,
  options: { community?: string; date: string; title: string; phase?: string },
): Promise<{ id: number; phaseId: number | null; phase: string | null }> {
  const community = await resolveCommunity(store, options.community);
  const phases = await listPhases(store.db, community.id);
  const phaseId = phaseOf(phases, options.phase, options.date);
  const id = await addDeliverable(store.db, community.id, {
    phaseId,
    date: options.date,
    title: options.title,
  });
  return { id, phaseId, phase: nameOf(phases, phaseId) };
}

/** The whole accompaniment log of a community. */
export async function readLog(store: Store, community?: string): Promise<AccompanimentLog> {
  const { id } = await resolveCommunity(store, community);
  const phases = await listPhases(store.db, id);
  const entries = await loadLogEntries(store.db, id);
  return { phases, ...entries };
}

/** Hours spent against the budget of each phase (`pouls log show`). */
export async function showLog(store: Store, community?: string): Promise<LogSummary> {
  return logSummary(await readLog(store, community));
}

const HEADERS: Record<string, readonly string[]> = {
  date: ['date'],
  person: ['person', 'personne', 'qui', 'who'],
  activity: ['activity', 'activite', 'tache', 'task'],
  hours: ['hours', 'heures', 'duree', 'h'],
  phase: ['phase'],
};

const simplify = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

/**
 * Imports hours from a CSV file with the columns `date`, `person`, `activity`, `hours` and an
 * optional `phase` (French headers too), in one transaction, or nothing: every bad cell is an
 * issue naming the file, line and column.
 */
export async function importLogHours(
  store: Store,
  options: { community?: string; path: string },
): Promise<Result<{ added: number }>> {
  const file = basename(options.path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.path);
  } catch (cause) {
    return fail([
      {
        code: 'unreadable_file',
        file,
        params: { reason: (cause as NodeJS.ErrnoException).code ?? 'EIO' },
      },
    ]);
  }
  const sheet = readSheet(bytes, file);
  if (!sheet.ok) return sheet;
  const header = sheet.value.header.map(simplify);
  const col = (field: string) => header.findIndex((h) => HEADERS[field]?.includes(h));
  const issues: Issue[] = [];
  for (const field of ['date', 'person', 'activity', 'hours']) {
    if (col(field) < 0) issues.push({ code: 'missing_column', file, params: { field } });
  }
  if (issues.length > 0) return fail(issues);
  const community = await resolveCommunity(store, options.community);
  const phases = await listPhases(store.db, community.id);
  const rows: HoursRow[] = [];
  const headerOf = (i: number) => sheet.value.header[i] ?? '';
  for (const row of sheet.value.rows) {
    const cell = (field: string) => (col(field) < 0 ? '' : (row.cells[col(field)] ?? ''));
    const at = (field: string) => ({
      file,
      line: row.line,
      column: headerOf(col(field)),
      columnNumber: col(field) + 1,
    });
    const date = parseDate(cell('date'));
    const hours = Number(cell('hours').replace(',', '.'));
    if (!date.ok)
      issues.push({
        code: 'invalid_value',
        ...at('date'),
        params: { value: cell('date'), expected: 'date' },
      });
    if (!Number.isFinite(hours) || hours <= 0 || cell('hours') === '')
      issues.push({
        code: 'invalid_value',
        ...at('hours'),
        params: { value: cell('hours'), expected: 'positive_number' },
      });
    for (const field of ['person', 'activity'] as const) {
      if (cell(field) === '')
        issues.push({ code: 'required_value', ...at(field), params: { field } });
    }
    const phaseName = cell('phase');
    if (phaseName !== '' && !phases.some((p) => p.name === phaseName))
      issues.push({ code: 'unknown_reference', ...at('phase'), params: { value: phaseName } });
    if (date.ok) {
      const day = date.value.slice(0, 10);
      rows.push({
        phaseId:
          phaseName !== ''
            ? (phases.find((p) => p.name === phaseName)?.id ?? null)
            : (phaseForDate(phases, day)?.id ?? null),
        date: day,
        person: cell('person'),
        activity: cell('activity'),
        hours,
      });
    }
  }
  if (issues.length > 0) return fail(issues);
  return ok({ added: await addHours(store.db, community.id, rows) });
}
