import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EMPTY_BATCH } from '../model/input.js';
import { restoreFormulaText } from '../model/spreadsheet-cell.js';
import { generateDemo } from './generate-demo.js';
import { batchToNativeCsv } from './native-csv.js';

const { batch } = generateDemo();
const files = batchToNativeCsv(batch);

function rows(text: string): Record<string, string>[] {
  return parse(text, { columns: true, skip_empty_lines: true });
}

describe('batchToNativeCsv', () => {
  it('writes the native headers of product.md §5', () => {
    const headers = Object.fromEntries(
      Object.entries(files).map(([kind, text]) => [kind, text.split('\r\n')[0]]),
    );
    expect(headers).toEqual({
      members: 'email,name,organization,role,region,disciplines,org_type,joined_at,left_at,staff',
      events: 'id,title,date,end,format,kind,theme,organizer,registrants',
      attendance: 'event,date,participant,role',
      messages: 'id,author,channel,timestamp,reply_to,thread,text',
      contributions: 'author,date,kind,title',
      ties: 'source,target,weight,date',
    });
  });

  it('parses back to as many rows as the batch holds', () => {
    expect(rows(files.members)).toHaveLength(batch.members.length);
    expect(rows(files.events)).toHaveLength(batch.events.length);
    expect(rows(files.attendance)).toHaveLength(batch.attendance.length);
    expect(rows(files.messages)).toHaveLength(batch.messages.length);
    expect(rows(files.contributions)).toHaveLength(batch.contributions.length);
    expect(rows(files.ties)).toHaveLength(batch.ties.length);
  });

  it('keeps commas, quotes and accents intact', () => {
    const parsed = rows(files.messages);
    expect(parsed.map((r) => restoreFormulaText(r.text ?? ''))).toEqual(
      batch.messages.map((m) => m.text),
    );
    expect(rows(files.events).map((r) => r.title)).toEqual(batch.events.map((e) => e.title));
  });

  it('writes disciplines with ";" and staff as yes or no', () => {
    const parsed = rows(files.members);
    expect(parsed[0]?.disciplines).toBe(batch.members[0]?.disciplines.join(';'));
    expect(parsed.filter((r) => r.staff === 'yes')).toHaveLength(3);
    expect(new Set(parsed.map((r) => r.staff))).toEqual(new Set(['yes', 'no']));
  });

  it('quotes a field with a quote, a comma or a line break', () => {
    const text = batchToNativeCsv({
      ...EMPTY_BATCH,
      contributions: [
        {
          author: { email: 'a@b.ca' },
          date: '2024-01-01',
          kind: 'guide',
          title: 'Le "guide",\nv2',
        },
      ],
    }).contributions;
    expect(text).toBe('author,date,kind,title\r\na@b.ca,2024-01-01,guide,"Le ""guide"",\nv2"\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const text = batchToNativeCsv({
      ...EMPTY_BATCH,
      contributions: ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map((title) => ({
        author: { email: 'a@b.ca' },
        date: '2024-01-01',
        kind: 'guide',
        title,
      })),
    }).contributions;
    expect(rows(text).map((r) => r.title)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
  });
});
