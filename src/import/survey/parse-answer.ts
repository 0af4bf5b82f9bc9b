import type { PersonRef } from '../../model/input.js';
import type { SurveyAnswer } from '../../model/survey.js';
import { AGREEMENT_SCALE, DONT_KNOW, type SurveyItem } from '../../model/survey-instrument.js';
import { personRef } from '../person-ref.js';
import { tokens } from './similarity.js';

const norm = (text: string) => tokens(text).join(' ');

/** Agreement labels of the tools, French and English, to 1–5. */
const AGREEMENT = new Map<string, number>([
  ...AGREEMENT_SCALE.flatMap((label, i) => [
    [norm(label.fr), i + 1] as const,
    [norm(label.en), i + 1] as const,
  ]),
  ...(
    [
      ['Pas d’accord', 2],
      ['En désaccord', 2],
      ['Tout à fait en désaccord', 1],
      ['Fortement en désaccord', 1],
      ['Neutre', 3],
      ['Ni d’accord ni pas d’accord', 3],
      ['D’accord', 4],
      ['Fortement d’accord', 5],
      ['Neither agree or disagree', 3],
      ['Neutral', 3],
      ['Somewhat agree', 4],
      ['Somewhat disagree', 2],
    ] as const
  ).map(([label, v]) => [norm(label), v] as const),
]);

const MISSING = new Set(
  [
    DONT_KNOW.fr,
    DONT_KNOW.en,
    'Je ne sais pas',
    'Ne sais pas',
    'NSP',
    'Don’t know',
    'Do not know',
    'N/A',
    'Sans réponse',
    'No answer',
    'Pas de réponse',
  ].map(norm),
);

/** Whether a cell says "don't know" or "no answer". */
export function isDontKnow(cell: string): boolean {
  return MISSING.has(norm(cell));
}

/**
 * A likert cell to 1–5: an agreement label in French or English, a digit, or "5 - Tout à fait
 * d’accord"; null for "don't know" or no answer; undefined when unreadable.
 */
export function parseLikert(cell: string): number | null | undefined {
  if (isDontKnow(cell)) return null;
  const digit = /^\s*([1-5])(\s*[-–.:)]|\s*$)/.exec(cell);
  if (digit) return Number(digit[1]);
  return AGREEMENT.get(norm(cell));
}

/** The option of a choice item a text names (its French or English text, or its id). */
export function optionOf(item: SurveyItem, text: string): string | undefined {
  const wanted = norm(text);
  return item.options?.find(
    (o) => norm(o.text.fr) === wanted || norm(o.text.en) === wanted || norm(o.id) === wanted,
  )?.id;
}

/**
 * The options named in a multi-select cell: each known option text found in it (tools join
 * choices with `, ` or `;`, and option texts may hold commas), or else its `;`/`,` parts.
 */
export function parseMulti(item: SurveyItem, cell: string): string[] {
  const text = ` ${norm(cell)} `;
  const found = (item.options ?? []).filter((o) =>
    [o.text.fr, o.text.en].some((t) => text.includes(` ${norm(t)} `)),
  );
  if (found.length > 0) return found.map((o) => o.id);
  return cell
    .split(/[;,]/)
    .map((part) => optionOf(item, part))
    .filter((id): id is string => id !== undefined);
}

/** A number of hours: `3`, `3,5`, `3 h`, `2-4` (the mean); undefined when unreadable. */
export function parseNumber(cell: string): number | undefined {
  const values = (cell.replace(',', '.').match(/\d+(\.\d+)?/g) ?? []).map(Number);
  if (values.length === 0) return undefined;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** The members named in a cell: split on `;`, `,` or line breaks, as emails or names. */
export function parseMembers(cell: string, max = 5): PersonRef[] {
  return cell
    .split(/[;,\n]/)
    .map((part) => personRef(part.trim()))
    .filter((ref): ref is PersonRef => ref !== undefined)
    .slice(0, max);
}

/** Reads one cell as the answer to an item; undefined when the cell cannot be read. */
export function parseAnswer(item: SurveyItem, cell: string): SurveyAnswer | undefined {
  switch (item.type) {
    case 'likert5':
      return parseLikert(cell);
    case 'single':
      return optionOf(item, cell) ?? (isDontKnow(cell) ? null : undefined);
    case 'multi':
      return parseMulti(item, cell);
    case 'number':
      return parseNumber(cell);
    case 'text':
      return cell;
    case 'members':
      return parseMembers(cell, item.max);
  }
}
