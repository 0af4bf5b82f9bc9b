import { htmlText } from '../discourse/html-text.js';
import { bytesOf, decodeBase64, decodeBytes, decodeQuotedPrintable } from './decode-bytes.js';
import { type Headers, header, headerParam, parseHeaders } from './parse-headers.js';

/** Multipart nesting deeper than this is not followed (real mail nests two or three levels). */
const MAX_DEPTH = 10;

interface Part {
  readonly type: string;
  readonly text: string;
}

function decodedBody(headers: Headers, lines: readonly string[]): string {
  const contentType = header(headers, 'content-type') ?? '';
  const encoding = (header(headers, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  const raw = lines.join('\n');
  const bytes =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(raw)
      : encoding === 'base64'
        ? decodeBase64(raw)
        : bytesOf(raw);
  return decodeBytes(bytes, headerParam(contentType, 'charset'));
}

function partsOf(lines: readonly string[], boundary: string): string[][] {
  const parts: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}--`) break;
    if (trimmed === `--${boundary}`) {
      current = [];
      parts.push(current);
    } else current?.push(line);
  }
  return parts;
}

function textPart(headers: Headers, lines: readonly string[], depth: number): Part | undefined {
  const contentType = header(headers, 'content-type') ?? 'text/plain';
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const disposition = header(headers, 'content-disposition') ?? '';
  if (/^\s*attachment/i.test(disposition)) return undefined;
  if (type === 'text/plain' || type === 'text/html') {
    return { type, text: decodedBody(headers, lines) };
  }
  const boundary = headerParam(contentType, 'boundary');
  if (!type.startsWith('multipart/') || !boundary || depth >= MAX_DEPTH) return undefined;
  const found = partsOf(lines, boundary).flatMap((part) => {
    const parsed = parseHeaders(part);
    return textPart(parsed.headers, part.slice(parsed.bodyStart), depth + 1) ?? [];
  });
  return found.find((part) => part.type === 'text/plain') ?? found[0];
}

/**
 * The readable text of a message body: its `text/plain` part (the first one of a multipart
 * message, preferred to `text/html` in `multipart/alternative`), or its HTML part as text;
 * quoted-printable and base64 decoded, in the part's charset. Empty when there is none.
 */
export function mimeText(headers: Headers, lines: readonly string[]): string {
  const part = textPart(headers, lines, 0);
  if (!part) return '';
  return part.type === 'text/html' ? htmlText(part.text) : part.text;
}
