// A fast streaming CSV reader for the benchmark only (RFC 4180: `,` delimiter, `"` quotes,
// doubled quotes inside quoted fields, quoted line breaks): 1 MiB chunks, a split fast path for
// lines without quotes. The importer of src/import handles the many real-world formats.
import { createReadStream } from 'node:fs';

/** Calls `onRow(fields)` for every data row of `path`; resolves to the header. */
export async function readCsv(path, onRow) {
  let header = null;
  let carry = '';
  const emit = (line) => {
    if (line.length === 0) return;
    const fields = line.includes('"') ? splitQuoted(line) : line.split(',');
    if (header === null) header = fields;
    else onRow(fields);
  };
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = carry + chunk;
    let start = 0;
    let quoted = false;
    let lineStart = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      if (countQuotes(text, start, nl) % 2 === 1) quoted = !quoted;
      start = nl + 1;
      if (quoted) continue;
      emit(
        text.charCodeAt(nl - 1) === 13 ? text.slice(lineStart, nl - 1) : text.slice(lineStart, nl),
      );
      lineStart = start;
    }
    carry = text.slice(lineStart);
  }
  emit(carry.endsWith('\r') ? carry.slice(0, -1) : carry);
  return header ?? [];
}

function countQuotes(text, from, to) {
  let count = 0;
  let i = text.indexOf('"', from);
  while (i >= 0 && i < to) {
    count++;
    i = text.indexOf('"', i + 1);
  }
  return count;
}

function splitQuoted(line) {
  const fields = [];
  let i = 0;
  while (i <= line.length) {
    if (line.charCodeAt(i) === 34) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) throw new Error(`unterminated quote: ${line.slice(0, 80)}`);
        value += line.slice(j, q);
        if (line.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fields.push(value);
      i++; // the comma (or past the end)
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return fields;
}
