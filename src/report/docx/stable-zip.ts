import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';

/** Options of {@link stableZip}. */
export interface StableZipOptions {
  /** ISO date written as the files' time and as the document's created and modified dates. */
  date: string;
  /** Ids drawn at random or from process-wide counters by the writing library. */
  renumber?: Renumbering[];
}

/**
 * Ids to renumber in order of first appearance: `pattern` (global) has three groups — before,
 * id, after — and the id becomes `format(n)`, n counting from 1 across all parts.
 */
export interface Renumbering {
  pattern: RegExp;
  format: (n: number) => string;
}

function renumbered(text: string, rules: Renumbering[], seen: Map<string, string>[]): string {
  return rules.reduce((out, rule, i) => {
    const ids = seen[i] ?? new Map<string, string>();
    seen[i] = ids;
    return out.replace(rule.pattern, (_match, before: string, id: string, after: string) => {
      const next = ids.get(id) ?? rule.format(ids.size + 1);
      ids.set(id, next);
      return `${before}${next}${after}`;
    });
  }, text);
}

/**
 * Rewrites an Office file (a ZIP of XML parts) so the same content always gives the same bytes:
 * entries in a fixed order with a fixed time, `dcterms:created` and `dcterms:modified` set to the
 * given date, and the library's random or counted ids renumbered in order of appearance.
 *
 * @example
 * const bytes = stableZip(await Packer.toBuffer(doc), { date: '2024-12-05' });
 */
export function stableZip(bytes: Uint8Array, options: StableZipOptions): Uint8Array {
  const entries = unzipSync(bytes);
  const names = Object.keys(entries).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b),
  );
  const date = new Date(options.date);
  const iso = `${date.toISOString().slice(0, 19)}Z`;
  const seen: Map<string, string>[] = [];
  const out: Zippable = {};
  for (const name of names) {
    let data = entries[name] ?? new Uint8Array();
    if (/\.(xml|rels)$/.test(name)) {
      const text = strFromU8(data).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
        `$1${iso}$2`,
      );
      data = strToU8(renumbered(text, options.renumber ?? [], seen));
    }
    out[name] = [data, { mtime: date, level: 6 }];
  }
  return zipSync(out);
}
