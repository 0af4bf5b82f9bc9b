import { addressParser } from 'postal-mime';
import type { PersonRef } from '../../model/input.js';
import { normaliseName } from '../normalise-name.js';
import { parseEmail } from '../parse-email.js';
import { bytesOf, decodeBytes } from './decode-bytes.js';

/** A raw header value (binary string) as text: 8-bit bytes read as UTF-8, else Windows-1252. */
export function headerText(raw: string): string {
  return decodeBytes(bytesOf(raw));
}

/**
 * The author of a `From` field (encoded words decoded), also in pipermail's obfuscated form
 * `marie at example.org (Marie Tremblay)`; undefined when it names nobody.
 *
 * @example
 * mailAuthor('=?ISO-8859-1?Q?Fr=E9d=E9ric?= <fred@example.org>')
 * // { email: 'fred@example.org', name: 'Frédéric' }
 */
export function mailAuthor(raw: string): PersonRef | undefined {
  const text = headerText(raw).replace(/^\s*([^\s@<>()]+) at ([^\s@<>()]+\.[^\s@<>()]+)/, '$1@$2');
  const [first] = addressParser(text);
  if (!first || 'group' in first) return undefined;
  const email = parseEmail(first.address ?? '');
  const name = normaliseName(first.name ?? '').replace(/^["']|["']$/g, '');
  if (!email && !name) return undefined;
  return { ...(email ? { email } : {}), ...(name ? { name } : {}) };
}

/** The message ids of a `Message-ID`, `In-Reply-To` or `References` field, without `<>`. */
export function messageIds(raw: string | undefined): string[] {
  if (!raw) return [];
  const ids = Array.from(raw.matchAll(/<([^<>\s]+)>/g), (match) => match[1] ?? '');
  return ids.length > 0 ? ids : raw.split(/\s+/).filter((id) => id.includes('@'));
}

const ASCTIME = /\b[A-Z][a-z]{2} ([A-Z][a-z]{2}) +(\d{1,2}) (\d\d:\d\d:\d\d) (\d{4})\b/;

/**
 * The instant of a `Date` field (RFC 5322, comments such as `(EDT)` ignored), else of the mbox
 * separator's asctime date taken as UTC; undefined when neither can be read.
 */
export function mailInstant(date: string | undefined, separator: string): string | undefined {
  const fromHeader = date ? Date.parse(date.replace(/\([^)]*\)/g, '').trim()) : Number.NaN;
  if (!Number.isNaN(fromHeader)) return new Date(fromHeader).toISOString();
  if (date) return undefined;
  const asctime = ASCTIME.exec(separator);
  if (!asctime) return undefined;
  const [, month, day, time, year] = asctime;
  const parsed = Date.parse(`${day} ${month} ${year} ${time} GMT`);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}

/**
 * The part of a list message its author wrote: quoted lines (`>`) and the attribution line
 * before them (« Le ... a écrit : », "On ... wrote:") left out, and the list's footer (Mailman's
 * underscores, pipermail's « next part ») cut off.
 */
export function ownText(body: string): string {
  const lines = body.split(/\r?\n/);
  const end = lines.findIndex((l) => /^_{20,}\s*$|^-{5,} next part -{5,}/.test(l));
  const kept = (end < 0 ? lines : lines.slice(0, end)).filter((line, i, all) => {
    if (/^\s*>/.test(line)) return false;
    const next = all.slice(i + 1, i + 4).find((l) => l.trim() !== '');
    return !(/(?:a écrit|wrote)\s*:\s*$/i.test(line) && next !== undefined && /^\s*>/.test(next));
  });
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
