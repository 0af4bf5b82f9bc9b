import { isUtf8 } from 'node:buffer';

/** The encodings Pouls recognises in text exports. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Decoded text, without its byte order mark, and the encoding that was used. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/*
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node 20's TextDecoder('windows-1252')
 * decodes those bytes as C1 controls, which breaks ’ « » – œ €, so the table is spelled out.
 * Undefined positions (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 code point.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeWindows1252(bytes: Uint8Array): string {
  // Latin-1 first (one code point per byte), then the 0x80–0x9F range from the table.
  return bufferOf(bytes)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

/** Whether bytes without a BOM look like UTF-16 LE: ASCII text with a zero after each byte. */
function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return false;
  let zeros = 0;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0 && bytes[i - 1] !== 0) zeros++;
  return zeros >= (n / 2) * 0.9;
}

/**
 * Decodes a text export: UTF-8 with or without BOM, UTF-16 LE or BE with BOM (Microsoft Teams),
 * and, when the bytes are not valid UTF-8, Windows-1252 (Excel in Québec).
 *
 * @example
 * decodeText(new Uint8Array([0x92])).text // '’'
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8OrLegacy(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksLikeUtf16le(bytes)) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  return decodeUtf8OrLegacy(bytes);
}

function decodeUtf8OrLegacy(bytes: Uint8Array): DecodedText {
  // Invalid UTF-8 is the expected signal of a legacy Windows export, not a failure.
  if (!isUtf8(bytes)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  const text = bufferOf(bytes).toString('utf8');
  // As TextDecoder does, a byte order mark at the start is not text.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'utf-8' };
}
