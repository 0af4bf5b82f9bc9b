/**
 * Writes a text as a Typst string literal (`"…"`), the only form in which the report's texts
 * enter the Typst source: inside a string, markup (`#`, `*`, `_`, `$`, `@`, `<`, `[`, `//`…)
 * means nothing, so only the backslash, the double quote and control characters need escaping.
 *
 * @example
 * typstString('Say "hi" #set') // '"Say \\"hi\\" #set"'
 */
export function typstString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === '"') out += '\\"';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u{${code.toString(16)}}`;
    else out += char;
  }
  return `${out}"`;
}

/** A Typst array of string literals (`("a", "b",)`), trailing comma so one item stays an array. */
export function typstStrings(texts: readonly string[]): string {
  return `(${texts.map((text) => `${typstString(text)},`).join(' ')})`;
}
