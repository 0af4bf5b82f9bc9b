import type { Issue, Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import type { SurveyAnswer, SurveyBatch, SurveyResponse } from '../../model/survey.js';
import { SURVEY_INSTRUMENT, type SurveyInstrument } from '../../model/survey-instrument.js';
import { personRef } from '../person-ref.js';
import { normaliseHeader } from '../sheet/normalise-header.js';
import { readSheet } from '../sheet/read-sheet.js';
import type { Sheet } from '../sheet/sheet.js';
import { readXlsxSheet } from '../xlsx/read-xlsx-sheet.js';
import { type ColumnRole, columnRole } from './match-columns.js';
import { isDontKnow, parseAnswer } from './parse-answer.js';
import { surveyTool } from './survey-tool.js';

/** Options of the survey readers. */
export interface SurveyReadOptions {
  /** The instrument the export answers (default `SURVEY_INSTRUMENT`). */
  readonly instrument?: SurveyInstrument;
  /** Mapping file: header as written → `ITEM` or `ITEM:option`. */
  readonly map?: Readonly<Record<string, string>>;
}

const RESPONSE_LABELS = new Set(['response', 'reponse', 'open ended response', 'reponse ouverte']);

/** SurveyMonkey's second header row: option labels under multi-select questions, blank headers carried forward. */
function roles(sheet: Sheet, instrument: SurveyInstrument, map: Readonly<Record<string, string>>) {
  const monkey = surveyTool(sheet.header) === 'surveymonkey';
  const sub = monkey ? (sheet.rows[0]?.cells ?? []) : [];
  let carried = '';
  const result: ColumnRole[] = sheet.header.map((header, i) => {
    if (header !== '') carried = header;
    const option =
      sub[i] && !RESPONSE_LABELS.has(normaliseHeader(sub[i] as string)) ? sub[i] : undefined;
    return columnRole(instrument, carried, option, map);
  });
  return { roles: result, rows: monkey ? sheet.rows.slice(1) : sheet.rows, monkey };
}

const YES = new Set(['oui', 'yes', 'y', 'o', '1', 'true', 'vrai']);

function readRow(
  cells: readonly string[],
  roleOf: readonly ColumnRole[],
  file: string,
  line: number,
  issues: Issue[],
) {
  const answers: Record<string, SurveyAnswer> = {};
  let respondent: string | undefined;
  let submittedAt: string | null = null;
  let id: string | undefined;
  cells.forEach((cell, i) => {
    const role = roleOf[i];
    if (!role || role.kind === 'unknown' || cell === '') return;
    if (role.kind === 'meta') {
      if (role.meta === 'respondent' && cell.includes('@')) respondent = cell;
      if (role.meta === 'submitted') submittedAt ??= cell;
      if (role.meta === 'id') id ??= cell;
      return;
    }
    const { item, option } = role;
    if (option !== undefined) {
      const chosen = !isDontKnow(cell) && !/^(non|no|n|0|false|faux)$/i.test(cell);
      const previous = answers[item.id];
      const list = Array.isArray(previous) ? (previous as string[]) : [];
      answers[item.id] = chosen ? [...list, option] : list;
      return;
    }
    const value = parseAnswer(item, cell);
    if (value === undefined) {
      issues.push({
        code: 'invalid_value',
        file,
        line,
        column: item.id,
        columnNumber: i + 1,
        params: { value: cell, expected: item.type },
      });
      return;
    }
    answers[item.id] = value;
  });
  return { answers, respondent, submittedAt, id };
}

/**
 * Turns a sheet read from a survey export into responses: columns matched to the instrument's
 * items, consent read from `CONSENT_QUOTE`/`CONSENT_ID` (yes/oui), the network question's names
 * turned into declared ties. Fails when no column matches an item or a cell cannot be read.
 */
export function surveyFromSheet(
  sheet: Sheet,
  options: SurveyReadOptions = {},
): Result<SurveyBatch> {
  const instrument = options.instrument ?? SURVEY_INSTRUMENT;
  const { roles: roleOf, rows } = roles(sheet, instrument, options.map ?? {});
  const matched = roleOf.flatMap((role, i) =>
    role.kind === 'item'
      ? [
          {
            header: sheet.header[i] ?? '',
            item: role.item.id,
            ...(role.option ? { option: role.option } : {}),
          },
        ]
      : [],
  );
  if (matched.length === 0) {
    return fail([
      {
        code: 'missing_any_column',
        file: sheet.file,
        line: sheet.headerLine,
        params: { fields: instrument.items.map((i) => i.id) },
      },
    ]);
  }
  const issues: Issue[] = [];
  const responses: SurveyResponse[] = [];
  const ties: SurveyBatch['ties'][number][] = [];
  for (const row of rows) {
    const { answers, respondent, submittedAt, id } = readRow(
      row.cells,
      roleOf,
      sheet.file,
      row.line,
      issues,
    );
    const yes = (key: string) =>
      typeof answers[key] === 'string' && YES.has(answers[key] as string);
    const who = respondent ? (personRef(respondent) ?? null) : null;
    responses.push({
      id: id ?? `line-${row.line}`,
      respondent: who,
      submittedAt,
      consent: { quotes: yes('CONSENT_QUOTE'), identified: yes('CONSENT_ID') },
      answers,
    });
    const named = answers.NET;
    if (who && Array.isArray(named)) {
      for (const target of named)
        if (typeof target === 'object')
          ties.push({ source: who, target, weight: 1, date: submittedAt });
    }
  }
  if (issues.length > 0) return fail(issues);
  return ok({
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    source: surveyTool(sheet.header),
    responses,
    ties,
    columns: matched,
  });
}

/**
 * Reads a CSV survey export (Google Forms, LimeSurvey, SurveyMonkey, or any sheet whose headers
 * are the questions) into a survey batch; writes nothing.
 * @example readSurveyCsv(bytes, 'reponses.csv').ok
 */
export function readSurveyCsv(
  bytes: Uint8Array,
  fileName: string,
  options: SurveyReadOptions = {},
): Result<SurveyBatch> {
  const sheet = readSheet(bytes, fileName);
  return sheet.ok ? surveyFromSheet(sheet.value, options) : sheet;
}

/** Reads an XLSX survey export (Microsoft Forms, or any tool's) into a survey batch; writes nothing. */
export async function readSurveyXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: SurveyReadOptions = {},
): Promise<Result<SurveyBatch>> {
  const sheet = await readXlsxSheet(bytes, fileName);
  return sheet.ok ? surveyFromSheet(sheet.value, options) : sheet;
}

/** Reads a survey export, XLSX (a zip: `PK` first) or CSV, into a survey batch; writes nothing. */
export async function readSurvey(
  bytes: Uint8Array,
  fileName: string,
  options: SurveyReadOptions = {},
): Promise<Result<SurveyBatch>> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  return zip || /\.xlsx$/i.test(fileName)
    ? readSurveyXlsx(bytes, fileName, options)
    : readSurveyCsv(bytes, fileName, options);
}
