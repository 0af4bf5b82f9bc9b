/*
 * Month names and abbreviations in French and English, without accents (values are compared
 * after accents and dots are removed). "mar" is English March: the French "mars" is spelled out.
 */
const MONTHS: readonly (readonly string[])[] = [
  ['janvier', 'janv', 'january', 'jan'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'july', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'sept', 'september', 'sep'],
  ['octobre', 'october', 'oct'],
  ['novembre', 'november', 'nov'],
  ['decembre', 'december', 'dec'],
];

const BY_NAME = new Map<string, number>(
  MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** Day names that may open a written date ("mardi 12 mars 2024", "Tuesday, March 12, 2024"). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/**
 * The month number (1–12) of a French or English month name or abbreviation, without accents.
 *
 * @example
 * monthNumber('fevrier') // 2
 */
export function monthNumber(name: string): number | undefined {
  return BY_NAME.get(name);
}
