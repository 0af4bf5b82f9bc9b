import { normaliseHeader } from './sheet/normalise-header.js';

/** Québec's 17 administrative regions, official spelling, by code (quebec.md). */
export const QUEBEC_REGIONS: Readonly<Record<string, string>> = {
  '01': 'Bas-Saint-Laurent',
  '02': 'Saguenay–Lac-Saint-Jean',
  '03': 'Capitale-Nationale',
  '04': 'Mauricie',
  '05': 'Estrie',
  '06': 'Montréal',
  '07': 'Outaouais',
  '08': 'Abitibi-Témiscamingue',
  '09': 'Côte-Nord',
  '10': 'Nord-du-Québec',
  '11': 'Gaspésie–Îles-de-la-Madeleine',
  '12': 'Chaudière-Appalaches',
  '13': 'Laval',
  '14': 'Lanaudière',
  '15': 'Laurentides',
  '16': 'Montérégie',
  '17': 'Centre-du-Québec',
};

function regionKey(value: string): string {
  return normaliseHeader(value)
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint');
}

const BY_KEY = new Map<string, string>(
  Object.values(QUEBEC_REGIONS).map((name) => [regionKey(name), name] as const),
);

/**
 * Returns the official spelling of a Québec administrative region when the value names one —
 * by code (`06`, `6`), code and name (`06 - Montréal`, `06 – Montréal`) or name with any accents,
 * case, hyphen or en dash (`Montreal`, `Saguenay-Lac-St-Jean`) — and the trimmed value otherwise.
 *
 * @example
 * normaliseRegion('02 - Saguenay-Lac-Saint-Jean') // 'Saguenay–Lac-Saint-Jean'
 */
export function normaliseRegion(value: string): string {
  const text = value.trim();
  const coded = /^(?:r[ée]gion\s*)?(\d{1,2})(?:\s*[-–—:.)]?\s*(.*))?$/iu.exec(text);
  if (coded) {
    const byCode = QUEBEC_REGIONS[coded[1]!.padStart(2, '0')];
    const rest = coded[2] ?? '';
    if (byCode && (rest === '' || BY_KEY.get(regionKey(rest)) === byCode)) return byCode;
    if (rest !== '') return BY_KEY.get(regionKey(rest)) ?? text;
    return text;
  }
  return BY_KEY.get(regionKey(text)) ?? text;
}
