#!/usr/bin/env node
// Import benchmark: writes a native messages CSV of N rows, then times `pouls import messages`
// (streamed parse, identity matching, batched inserts in one transaction) into a fresh SQLite
// store, and reports throughput and peak memory. Run: node bench/import.js [rows...]
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const ROWS = sizes.length > 0 ? sizes : [100_000, 1_000_000];
const bin = resolve('bin/pouls.js');

/** A seeded generator (mulberry32), so every run imports the same file. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeMessages(path, rows) {
  const next = random(42);
  const members = Math.max(100, Math.round(rows / 50));
  const out = createWriteStream(path);
  out.write('id,author,channel,timestamp,reply_to,thread,text\n');
  for (let i = 1; i <= rows; i++) {
    // Heavy-tailed authors: a few members write most messages.
    const author = Math.floor(members * next() ** 3);
    const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(next() * 4 * 365) * 86_400_000);
    const reply = i > 1 && next() < 0.6 ? `m${1 + Math.floor(next() * (i - 1))}` : '';
    const line = `m${i},membre${author}@exemple.qc.ca,canal-${i % 12},${day.toISOString().slice(0, 10)} 10:${String(i % 60).padStart(2, '0')},${reply},,"Message ${i} sur la découvrabilité, l’infolettre et la billetterie"\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const results = [];
for (const rows of ROWS) {
  const dir = mkdtempSync(join(tmpdir(), 'pouls-bench-import-'));
  const csv = join(dir, 'messages.csv');
  await writeMessages(csv, rows);
  const bytes = statSync(csv).size;
  const started = process.hrtime.bigint();
  const run = spawnSync(
    '/usr/bin/time',
    ['-v', process.execPath, bin, '--db', join(dir, 'p.db'), 'import', 'messages', csv],
    {
      encoding: 'utf8',
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`import failed: ${run.stderr}`);
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? 0);
  results.push({ rows, bytes, seconds, peakMb: peakKb / 1024 });
  rmSync(dir, { recursive: true, force: true });
}
console.log('| rows | file | time | throughput | peak memory |');
console.log('|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(
    `| ${r.rows.toLocaleString('en')} | ${(r.bytes / 1e6).toFixed(0)} MB | ${r.seconds.toFixed(1)} s | ${(r.bytes / 1e6 / r.seconds).toFixed(1)} MB/s, ${Math.round(r.rows / r.seconds).toLocaleString('en')} rows/s | ${r.peakMb.toFixed(0)} MiB |`,
  );
}
