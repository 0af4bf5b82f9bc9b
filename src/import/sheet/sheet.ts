/** One data row of a sheet, with the physical line it starts on (1-based; the header is 1). */
export interface SheetRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * A table read from a file, whatever its format (CSV now, XLSX later): the header as written and
 * the non-empty data rows, cells trimmed.
 */
export interface Sheet {
  readonly file: string;
  readonly header: readonly string[];
  /** The physical line of the header (1 unless blank lines come first). */
  readonly headerLine: number;
  readonly rows: readonly SheetRow[];
}
