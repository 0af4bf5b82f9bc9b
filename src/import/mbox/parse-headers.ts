/** A message's header fields by lower-case name, each value unfolded, in order of appearance. */
export type Headers = ReadonlyMap<string, readonly string[]>;

/**
 * Reads the header block at the start of `lines` (up to the first empty line): folded lines
 * (starting with a space or tab) are joined to the field they continue. Returns the fields and
 * the index of the first body line.
 *
 * @example
 * parseHeaders(['Subject: Bonjour', '  tout le monde', '', 'corps']).headers.get('subject')
 * // ['Bonjour tout le monde']
 */
export function parseHeaders(lines: readonly string[]): { headers: Headers; bodyStart: number } {
  const headers = new Map<string, string[]>();
  let last: string[] | undefined;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') {
      i++;
      break;
    }
    if (/^[ \t]/.test(line) && last) {
      const at = last.length - 1;
      last[at] = `${last[at] ?? ''} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const values = headers.get(name) ?? [];
    values.push(line.slice(colon + 1).trim());
    headers.set(name, values);
    last = values;
  }
  return { headers, bodyStart: i };
}

/** The first value of a header field, or undefined. */
export function header(headers: Headers, name: string): string | undefined {
  return headers.get(name)?.[0];
}

/**
 * A parameter of a structured header (`charset` of `text/plain; charset="utf-8"`), unquoted;
 * undefined when absent.
 */
export function headerParam(value: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return match ? (match[1] ?? match[2]) : undefined;
}
