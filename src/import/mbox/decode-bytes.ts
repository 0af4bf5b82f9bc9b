/** The bytes of a binary string (one char per byte, as the mbox is read). */
export function bytesOf(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 0xff;
  return bytes;
}

function decoderFor(charset: string | undefined) {
  try {
    return new TextDecoder(charset?.trim() || 'utf-8');
  } catch (error) {
    // An unknown label (`x-unknown`) reads as UTF-8, the likeliest charset of a modern list.
    if (error instanceof RangeError) return new TextDecoder('utf-8');
    throw error;
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Decodes bytes in a declared charset (`utf-8`, `iso-8859-1`, `windows-1252`...); without one,
 * as UTF-8 when they are valid UTF-8, else as Windows-1252 (raw 8-bit headers of old mailers).
 *
 * @example
 * decodeBytes(new Uint8Array([0xe9, 0x74, 0xe9])) // 'été'
 */
export function decodeBytes(bytes: Uint8Array, charset?: string): string {
  if (charset) return decoderFor(charset).decode(bytes);
  try {
    return strictUtf8.decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return windows1252.decode(bytes);
    throw error;
  }
}

/** Decodes a quoted-printable body (binary string) into bytes, soft line breaks removed. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  return bytesOf(
    joined.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    ),
  );
}

/** Decodes a base64 body into bytes, ignoring line breaks and stray characters. */
export function decodeBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
}
