import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]))).toEqual({
      text: 'Aé',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xe9, 0x00, 0x41, 0x00])).text).toBe('éA');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0xe9, 0x00, 0x41])).text).toBe('éA');
  });

  it('reads UTF-16 LE without a BOM', () => {
    const bytes = new Uint8Array([...'email,name'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeText(bytes)).toEqual({ text: 'email,name', encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 with the right 0x80–0x9F characters', () => {
    const bytes = new Uint8Array([0x92, 0xab, 0xbb, 0x96, 0x9c, 0x8c, 0xe9, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: '’«»–œŒé€', encoding: 'windows-1252' });
  });

  it('decodes any bytes as TextDecoder and the Windows-1252 table do, byte by byte', () => {
    const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
    const reference = (bytes: Uint8Array): string => {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return [...bytes]
          .map((b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : String.fromCharCode(b)))
          .join('');
      }
    };
    const texts = fc
      .string({ unit: 'grapheme', maxLength: 40 })
      .map((t) => new TextEncoder().encode(t));
    fc.assert(
      fc.property(fc.oneof(texts, fc.uint8Array({ maxLength: 60 })), (bytes) => {
        // Skip the UTF-16 shapes: they are decided before this fallback.
        if (bytes[0] === 0xff || bytes[0] === 0xfe || bytes[1] === 0) return;
        const body =
          bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
        expect(decodeText(bytes).text).toBe(reference(body));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
