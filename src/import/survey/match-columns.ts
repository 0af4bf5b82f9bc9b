import type { Issue } from '../../model/issue.js';
import type { SurveyInstrument, SurveyItem } from '../../model/survey-instrument.js';
import { normaliseHeader } from '../sheet/normalise-header.js';
import { optionOf } from './parse-answer.js';
import { MATCH_THRESHOLD, similarity } from './similarity.js';
import { META_COLUMNS } from './survey-tool.js';

/** What a column holds: an item (or one option of a multi item split over columns), or metadata. */
export type ColumnRole =
  | { readonly kind: 'item'; readonly item: SurveyItem; readonly option?: string }
  | { readonly kind: 'meta'; readonly meta: 'respondent' | 'submitted' | 'id' | 'name' | 'ignore' }
  | { readonly kind: 'unknown' };

function bestItem(instrument: SurveyInstrument, text: string): SurveyItem | undefined {
  let best: { item: SurveyItem; score: number } | undefined;
  for (const item of instrument.items) {
    const score = Math.max(similarity(text, item.text.fr), similarity(text, item.text.en));
    if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { item, score };
  }
  return best?.item;
}

/** Splits `Question [Option]` (Google grids, LimeSurvey full text) and `CODE[SUB]` (LimeSurvey codes). */
function bracketed(header: string): { stem: string; sub: string } | undefined {
  const match = /^(.*?)\s*\[([^\]]+)\]\s*$/.exec(header);
  return match ? { stem: match[1] as string, sub: match[2] as string } : undefined;
}

function byCode(instrument: SurveyInstrument, code: string): SurveyItem | undefined {
  const wanted = code.replace(/[^A-Za-z0-9_]/g, '').toUpperCase();
  return instrument.items.find((item) => item.id.toUpperCase() === wanted);
}

/**
 * The role of one header: a mapped column (`map[header]` = `ITEM` or `ITEM:option`), a tool's
 * metadata column, an item by code (`D1`, `OBS[time]`), by text in French or English with small
 * edits tolerated (`similarity` ≥ 0.6; a leading `D1. ` code is ignored), or by `Question [Option]`.
 * `option` is the SurveyMonkey sub-header of split multi-select columns.
 */
export function columnRole(
  instrument: SurveyInstrument,
  header: string,
  option: string | undefined,
  map: Readonly<Record<string, string>> = {},
): ColumnRole {
  const mapped = map[header];
  if (mapped !== undefined) {
    const [id, opt] = mapped.split(':');
    const item = byCode(instrument, id ?? '');
    if (item) return { kind: 'item', item, ...(opt ? { option: opt } : {}) };
  }
  const meta = META_COLUMNS[normaliseHeader(header)];
  if (meta) return { kind: 'meta', meta };
  const parts = bracketed(header);
  const stem = parts?.stem ?? header;
  const coded = /^([A-Z]+[0-9]*)(\.|\s*[-–:])\s+(.+)$/.exec(stem);
  const item =
    byCode(instrument, stem) ??
    (coded ? byCode(instrument, coded[1] ?? '') : undefined) ??
    bestItem(instrument, coded?.[3] ?? stem);
  if (!item) return { kind: 'unknown' };
  const sub = parts?.sub ?? option;
  if (item.type === 'multi' && sub !== undefined) {
    const id = optionOf(item, sub);
    return id ? { kind: 'item', item, option: id } : { kind: 'unknown' };
  }
  return { kind: 'item', item };
}

/** A header that matched nothing, as an issue. */
export function unknownColumn(file: string, header: string, columnNumber: number): Issue {
  return { code: 'unknown_column', file, column: header, columnNumber, params: { column: header } };
}
