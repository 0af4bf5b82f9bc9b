import { normaliseHeader } from '../sheet/normalise-header.js';
import type { SheetRow } from '../sheet/sheet.js';
import { SECTIONS } from './teams-headers.js';

/** The rows of one section of a Teams report, without its title row. */
export interface Section {
  /** The title row (`2. Participants`), for issue locations. */
  readonly title: SheetRow;
  readonly rows: readonly SheetRow[];
}

/** The sections of a report that Pouls reads; a report may lack any of them. */
export interface TeamsSections {
  readonly summary?: Section;
  readonly participants?: Section;
  readonly activities?: Section;
}

type SectionName = keyof typeof SECTIONS;

/** The section a lone cell like `1. Résumé` or `Summary` opens, if any. */
function sectionOf(row: SheetRow): SectionName | undefined {
  if (row.cells.slice(1).some((cell) => cell !== '')) return undefined;
  const label = normaliseHeader((row.cells[0] ?? '').replace(/^\d+\s*\.\s*/, ''));
  const names = Object.keys(SECTIONS) as SectionName[];
  return names.find((name) => SECTIONS[name].some((alias) => normaliseHeader(alias) === label));
}

/**
 * Splits a Teams attendance report into its sections: each starts at a lone title cell
 * (`1. Summary`, `2. Participants`, `3. In-Meeting Activities`, or their French names) and runs
 * to the next one. Rows before the first title are ignored.
 *
 * @example
 * splitSections(rows).participants?.rows[0]?.cells // ['Name', 'First Join', ...]
 */
export function splitSections(rows: readonly SheetRow[]): TeamsSections {
  const sections: Partial<Record<SectionName, { title: SheetRow; rows: SheetRow[] }>> = {};
  let current: SheetRow[] | undefined;
  for (const row of rows) {
    const name = sectionOf(row);
    if (name) {
      current = sections[name] ? undefined : [];
      if (current) sections[name] = { title: row, rows: current };
    } else current?.push(row);
  }
  return sections;
}
