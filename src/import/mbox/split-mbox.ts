/** One message of an mbox file: its raw text (one char per byte) and where it starts. */
export interface MboxEntry {
  /** The 1-based line of the message's `From ` separator. */
  readonly line: number;
  /** The separator line itself (`From sender date`). */
  readonly separator: string;
  /** Header and body lines, `>From ` unescaped, as a binary string (one char per byte). */
  readonly lines: readonly string[];
}

const SEPARATOR = /^From \S/;

/**
 * Splits an mbox file, read as a binary string, into messages: a `From ` line at the start of
 * the file or after a blank line opens a message; `>From ` (and `>>From `...) lines lose one `>`
 * (mboxo and mboxrd escaping). Lines before the first separator are ignored.
 *
 * @example
 * splitMbox('From a@b.org Tue Mar 12 14:05:09 2024\nSubject: x\n\n>From here\n')
 * // [{ line: 1, separator: 'From a@b.org ...', lines: ['Subject: x', '', 'From here', ''] }]
 */
export function splitMbox(text: string): MboxEntry[] {
  const entries: MboxEntry[] = [];
  const lines = text.split(/\r?\n/);
  let current: { line: number; separator: string; lines: string[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (SEPARATOR.test(line) && (i === 0 || lines[i - 1] === '')) {
      current = { line: i + 1, separator: line, lines: [] };
      entries.push(current);
    } else if (current) {
      current.lines.push(/^>+From /.test(line) ? line.slice(1) : line);
    }
  }
  return entries;
}
