import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Batch } from '../../model/input.js';
import type { Result } from '../../model/issue.js';
import type { ImportInput } from '../importer.js';
import { mboxImporter } from './index.js';
import { mailSubject } from './mail-message.js';
import { splitMbox } from './split-mbox.js';

const bytes = readFileSync(new URL('../../../test/fixtures/mbox/cppn.mbox', import.meta.url));
const encode = (text: string) => new TextEncoder().encode(text);

function input(data: Uint8Array): ImportInput {
  return { bytes: data, fileName: 'cppn.mbox', kind: 'messages', options: {} };
}

function batchOf(result: Result<Batch>): Batch {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const ROOT = 'mbox:20240312180509.4F2A1@festival-example.qc.ca';
const REPLY = 'mbox:CAF3x9+kQ2mW@mail.gmail.com';
const SECOND_ROOT = 'mbox:87h6ab3k2z.fsf@musee-example.qc.ca';

describe('mboxImporter', () => {
  const { messages } = batchOf(mboxImporter.read(input(bytes)));
  const [first, second, third, fourth, fifth] = messages;

  it('reads one message per From separator', () => {
    expect(messages).toHaveLength(5);
  });

  it('decodes encoded-word authors and subjects', () => {
    expect(first?.author).toEqual({
      email: 'marie.tremblay@festival-example.qc.ca',
      name: 'Marie Tremblay',
    });
    expect(second?.author.name).toBe('Frédéric Bédard');
    const entries = splitMbox(new TextDecoder('latin1').decode(bytes));
    expect(entries.slice(0, 2).map(mailSubject)).toEqual([
      '[CPPN] Réunion de mars : publicités Meta en région',
      'Re: [CPPN] Réunion de mars : publicités Meta en région',
    ]);
  });

  it('threads by In-Reply-To and References', () => {
    expect(messages.map((m) => [m.externalId, m.replyTo, m.thread])).toEqual([
      [ROOT, null, ROOT],
      [REPLY, ROOT, ROOT],
      ['mbox:5b1e77c0-3d2a-4f4e-9d7e-0a1c2b3d4e5f@musee-example.qc.ca', REPLY, ROOT],
      [SECOND_ROOT, null, SECOND_ROOT],
      ['mbox:20240314140211.77C0E@festival-example.qc.ca', SECOND_ROOT, SECOND_ROOT],
    ]);
  });

  it('reads quoted-printable, base64 and 8-bit bodies in their charset', () => {
    expect(first?.text).toMatch(/^Bonjour à tous,\n\nPour la rencontre du 21 mars, j’aimerais/);
    expect(second?.text).toBe(
      'Bonjour Marie,\n\nOui, pour le Festival : ciblage à 50 km autour de Rimouski, 300 $ sur deux semaines. Ça a bien marché pour les billets de dernière minute.\n\nFrédéric',
    );
    expect(third?.text).toMatch(/^From my experience with the museum/);
    expect(fourth?.text).toContain('le nôtre.\nFrom scratch, il faut compter deux heures.');
  });

  it('leaves out the list footer and the attachment', () => {
    expect(first?.text).toMatch(/Tadoussac$/);
    expect(fourth?.text).toMatch(/Sophie$/);
  });

  it('reads pipermail’s obfuscated addresses', () => {
    expect(fourth?.author).toEqual({
      email: 'sophie.gagnon@musee-example.qc.ca',
      name: 'Sophie Gagnon',
    });
  });

  it('takes times from Date, else from the separator, in UTC', () => {
    expect(messages.map((m) => m.timestamp)).toEqual([
      '2024-03-12T18:05:09.000Z',
      '2024-03-12T19:21:44.000Z',
      '2024-03-13T13:12:00.000Z',
      '2024-03-14T12:45:31.000Z',
      '2024-03-14T10:02:11.000Z',
    ]);
  });

  it('names the channel after the list, else after the file', () => {
    expect(messages.map((m) => m.channel)).toEqual(['cppn', 'cppn', 'cppn', 'cppn', 'cppn']);
    expect(fifth?.channel).toBe('cppn');
  });

  it('reports a message without author at its separator line', () => {
    const text = 'From x  Tue Mar 12 14:05:09 2024\nSubject: sans auteur\n\ncorps\n';
    expect(mboxImporter.read(input(encode(text)))).toEqual({
      ok: false,
      issues: [{ code: 'required_value', file: 'cppn.mbox', line: 1, params: { field: 'author' } }],
    });
  });

  it('detects an mbox from its first lines', () => {
    expect(mboxImporter.detect(bytes.subarray(0, 300), 'archive')).toBe(true);
    expect(mboxImporter.detect(encode('From the start, we\nsaid so'), 'a.mbox')).toBe(false);
  });

  it('never throws, whatever the bytes', () => {
    const mail = fc
      .tuple(fc.string(), fc.string(), fc.string(), fc.string())
      .map(([from, date, type, body]) =>
        encode(
          `From a  Tue Mar 12 14:05:09 2024\nFrom: ${from}\nDate: ${date}\nContent-Type: ${type}\n\n${body}\n`,
        ),
      );
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), mail), (data) => {
        expect(typeof mboxImporter.read(input(data)).ok).toBe('boolean');
      }),
    );
  });
});
